use yew::prelude::*;

use super::use_text;
use crate::content::{fill, Block, Chapter, Inline};

#[derive(Properties, PartialEq)]
pub struct ChapterProps {
    pub chapter: &'static Chapter,
    /// Shown above the title ("Chapter 2 of 9"); empty for pages.
    #[prop_or_default]
    pub before_title: Html,
}

/// A chapter or page: title, lead, text with numbered citations, then "How we know".
#[component]
pub fn ChapterView(props: &ChapterProps) -> Html {
    let t = use_text();
    let c = props.chapter;
    html! {
        <article class="chapter" aria-labelledby="chapter-title">
            <header class="chapter__header">
                { props.before_title.clone() }
                <h1 id="chapter-title" tabindex="-1">{ c.title }</h1>
                <p class="chapter__summary">{ c.summary }</p>
            </header>
            { for c.body.iter().map(block) }
            if !c.references.is_empty() {
                <section class="sources" aria-labelledby="sources-heading">
                    <h2 id="sources-heading">{ t.tr("chapter.sources") }</h2>
                    <p>{ t.tr("chapter.sources_intro") }</p>
                    <ol class="sources__list">
                        { for c.references.iter().map(|r| {
                            let when = if r.dated {
                                r.year.to_string()
                            } else {
                                fill(t.tr("chapter.checked"), &[("year", &r.year.to_string())])
                            };
                            html! {
                                <li>
                                    <a href={r.url} rel="noreferrer noopener" target="_blank">{ r.title }</a>
                                    { format!(". {} ({when}).", r.author) }
                                </li>
                            }
                        }) }
                    </ol>
                </section>
            }
        </article>
    }
}

fn block(b: &'static Block) -> Html {
    match b {
        Block::Heading(2, v) => html! { <h2>{ inlines(v) }</h2> },
        Block::Heading(_, v) => html! { <h3>{ inlines(v) }</h3> },
        Block::Para(v) => html! { <p>{ inlines(v) }</p> },
        Block::List(true, items) => html! { <ol>{ for items.iter().map(|v| html! { <li>{ inlines(v) }</li> }) }</ol> },
        Block::List(false, items) => html! { <ul>{ for items.iter().map(|v| html! { <li>{ inlines(v) }</li> }) }</ul> },
        Block::Sim(which) => super::sims::sim(*which),
    }
}

fn inlines(v: &'static [Inline]) -> Html {
    v.iter().map(inline).collect()
}

fn inline(i: &'static Inline) -> Html {
    match i {
        Inline::Text(s) => html! { { *s } },
        Inline::Strong(v) => html! { <strong>{ inlines(v) }</strong> },
        Inline::Emph(v) => html! { <em>{ inlines(v) }</em> },
        Inline::Link(href, v) if href.starts_with("https://") => {
            html! { <a href={*href} rel="noreferrer noopener" target="_blank">{ inlines(v) }</a> }
        }
        Inline::Link(href, v) => html! { <a href={*href}>{ inlines(v) }</a> },
        Inline::Cite(numbers) => {
            let list = numbers.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
            html! { <Cite {list} /> }
        }
    }
}

#[derive(Properties, PartialEq)]
struct CiteProps {
    list: AttrValue,
}

/// A citation marker: "[1, 2]" for the eye, "Source 1, 2" for a screen reader.
#[component]
fn Cite(props: &CiteProps) -> Html {
    let t = use_text();
    html! {
        <sup class="cite">
            <span class="visually-hidden">{ format!(" {} {} ", t.tr("chapter.source"), props.list) }</span>
            <span aria-hidden="true">{ format!("[{}]", props.list) }</span>
        </sup>
    }
}
