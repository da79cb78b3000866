use yew::prelude::*;

use crate::content::{fill, fixed, Block, Bundle, Chapter, Inline};

/// A chapter or page: title, lead, text with numbered citations, then "How we know".
/// `before_title` is shown above the title ("Chapter 2 of 9"); empty for pages.
pub fn chapter_view(t: &'static Bundle, c: &'static Chapter, before_title: Html) -> Html {
    html! {
        <article class="chapter" aria-labelledby="chapter-title">
            <header class="chapter__header">
                { before_title }
                <h1 id="chapter-title" tabindex="-1">{ c.title }</h1>
                <p class="chapter__summary">{ c.summary }</p>
            </header>
            { for c.body.iter().map(|b| block(t, b)) }
            if !c.references.is_empty() {
                <section class="sources" aria-labelledby="sources-heading">
                    <h2 id="sources-heading">{ tr!(t, "chapter.sources") }</h2>
                    <p>{ tr!(t, "chapter.sources_intro") }</p>
                    <ol class="sources__list">
                        { for c.references.iter().map(|r| {
                            let when = if r.dated {
                                fixed(f64::from(r.year), 0)
                            } else {
                                fill(tr!(t, "chapter.checked"), &[("year", &fixed(f64::from(r.year), 0))])
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

fn block(t: &'static Bundle, b: &'static Block) -> Html {
    match b {
        Block::Heading(2, v) => html! { <h2>{ inlines(t, v) }</h2> },
        Block::Heading(_, v) => html! { <h3>{ inlines(t, v) }</h3> },
        Block::Para(v) => html! { <p>{ inlines(t, v) }</p> },
        Block::List(true, items) => html! { <ol>{ for items.iter().map(|v| html! { <li>{ inlines(t, v) }</li> }) }</ol> },
        Block::List(false, items) => html! { <ul>{ for items.iter().map(|v| html! { <li>{ inlines(t, v) }</li> }) }</ul> },
        Block::Sim(which) => super::sims::sim(*which),
    }
}

fn inlines(t: &'static Bundle, v: &'static [Inline]) -> Html {
    v.iter().map(|i| inline(t, i)).collect()
}

fn inline(t: &'static Bundle, i: &'static Inline) -> Html {
    match i {
        Inline::Text(s) => html! { { *s } },
        Inline::Strong(v) => html! { <strong>{ inlines(t, v) }</strong> },
        Inline::Emph(v) => html! { <em>{ inlines(t, v) }</em> },
        Inline::Link(href, v) if href.starts_with("https://") => {
            html! { <a href={*href} rel="noreferrer noopener" target="_blank">{ inlines(t, v) }</a> }
        }
        Inline::Link(href, v) => html! { <a href={*href}>{ inlines(t, v) }</a> },
        Inline::Cite(numbers) => {
            let mut list = String::new();
            for (k, n) in numbers.iter().enumerate() {
                if k > 0 {
                    list.push_str(", ");
                }
                list.push_str(&fixed(*n as f64, 0));
            }
            // "[1, 2]" for the eye, "Source 1, 2" for a screen reader.
            html! {
                <sup class="cite">
                    <span class="visually-hidden">{ format!(" {} {list} ", tr!(t, "chapter.source")) }</span>
                    <span aria-hidden="true">{ format!("[{list}]") }</span>
                </sup>
            }
        }
    }
}
