//! A line chart in SVG with its data as a table ("Show as table"). Lines differ by dash pattern
//! as well as colour, and each is named in the legend, so colour is never the only signal.

use std::rc::Rc;

use yew::prelude::*;

use super::Kept;
use crate::content::{fixed, Bundle};

#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: &'static str,
    pub points: Vec<(f64, f64)>,
    /// 0 solid, 1 dashed, 2 dotted (also picks the colour).
    pub style: u8,
    /// Drawn lighter, for comparison.
    pub faint: bool,
}

/// A chart's data and labels.
pub struct ChartSpec {
    pub id: &'static str,
    /// Names the picture for screen readers; the table says the rest.
    pub title: String,
    pub x_label: &'static str,
    pub y_label: &'static str,
    pub x_max: f64,
    pub y_max: f64,
    pub x_ticks: Vec<(f64, String)>,
    pub y_ticks: Vec<(f64, String)>,
    pub series: Vec<Series>,
    /// A shaded band between two y values, with its label (e.g. the danger zone).
    pub band: Option<Band>,
    pub table_head: Vec<&'static str>,
    pub table_rows: Vec<Vec<String>>,
}

/// A shaded band from `lo` to `hi` (y values). Its label sits at the top of the band, at the start
/// or (`label_at_end`) the end of the x axis: whichever end the lines cross least.
pub struct Band {
    pub lo: f64,
    pub hi: f64,
    pub label: &'static str,
    pub label_at_end: bool,
}

/// A chart drawn once (by [`draw`]) for the data it shows; [`chart`] puts it on the page with the
/// marker, the one part that moves as the reader drags.
pub struct Drawn {
    id: AttrValue,
    y_label: &'static str,
    x_max: f64,
    y_max: f64,
    /// The labels, the plot and its lines, and the band's label: inside the frame, under the marker.
    frame: Rc<Html>,
    /// The x axis's name, the caption with the legend, and the table.
    rest: Rc<Html>,
}

/// The chart with what moves as the reader drags: a marker (a vertical line at this x: the
/// scrubber's time) and a level (a horizontal line at this y, in the style of the series that has
/// no points: its legend entry). They are drawn in an SVG of their own in the plot's place, so the
/// drawing around them stays kept (`Kept`) while they move; the band's label stays above them
/// (`z-index` in the style sheet), with its halo.
pub fn chart(d: &Drawn, marker: Option<f64>, level: Option<(f64, u8)>) -> Html {
    let at = |v: f64, max: f64| fixed((v / max).clamp(0.0, 1.0) * 1000.0, 1);
    html! {
        <figure class="chart" aria-labelledby={d.id.clone()}>
            <p class="chart__axis">{ d.y_label }</p>
            <div class="chart__frame" role="img" aria-labelledby={d.id.clone()}>
                <Kept html={d.frame.clone()} />
                // In a block of its own: an SVG that is a grid's item is no relayout boundary.
                <div class="chart__mark"><svg viewBox="0 0 1000 1000" preserveAspectRatio="none">
                    if let Some((y, style)) = level {
                        <line class="chart__line" data-style={["0", "1", "2"][usize::from(style.min(2))]} x1="0" x2="1000"
                            y1={fixed(1000.0 - (y / d.y_max).clamp(0.0, 1.0) * 1000.0, 1)} y2={fixed(1000.0 - (y / d.y_max).clamp(0.0, 1.0) * 1000.0, 1)} />
                    }
                    if let Some(m) = marker {
                        <line class="chart__marker" x1={at(m, d.x_max)} x2={at(m, d.x_max)} y1="0" y2="1000" />
                    }
                </svg></div>
            </div>
            <Kept html={d.rest.clone()} />
        </figure>
    }
}

/// Draws a chart's still parts. Called through `use_memo` with what its data depends on, so it
/// runs again only when that changes, never for a step of the marker.
///
/// Laid out by the page, not scaled as one picture: the plot is an SVG stretched to the width it is
/// given (its lines keep their thickness: `vector-effect`), and the tick labels sit in SVGs of their
/// own, placed by percentages, at the page's small text size. So on a 320 px phone the plot takes
/// the whole width and every label stays readable.
pub fn draw(t: &Bundle, p: &ChartSpec) -> Drawn {
    // Plot units: 0–1000 both ways; labels: percentages of their own strip.
    let fx = |v: f64| (v / p.x_max).clamp(0.0, 1.0);
    let fy = |v: f64| 1.0 - (v / p.y_max).clamp(0.0, 1.0);
    let unit = |f: f64| fixed(f * 1000.0, 1);
    let pct = |f: f64| format!("{}%", fixed(f * 100.0, 2));
    let line = |s: &Series| {
        let mut points = String::new();
        for &(a, b) in &s.points {
            points.push_str(&unit(fx(a)));
            points.push(',');
            points.push_str(&unit(fy(b)));
            points.push(' ');
        }
        points
    };
    // Wide enough for the longest y label in a wide font as well (DejaVu Sans, where Linux has no
    // other: a digit 0.64 em, "%" 0.95 em, a letter about 0.6), with the 6 px gap to the plot.
    let em = |l: &str| {
        l.chars()
            .map(|c| match c {
                '%' => 0.95,
                ' ' => 0.35,
                '0'..='9' => 0.64,
                _ => 0.6,
            })
            .sum::<f64>()
    };
    let widest = p.y_ticks.iter().map(|(_, l)| em(l)).fold(0.0, f64::max);
    let y_width = format!("{}em", fixed(widest + 0.5, 1));

    let frame = html! {
        <>
                <svg class="chart__y" width={y_width}>
                    { for p.y_ticks.iter().map(|(v, label)| html! {
                        <text class="chart__tick" x="100%" dx="-6" y={pct(fy(*v))} dy="0.35em" text-anchor="end">{ label }</text>
                    }) }
                </svg>
                <svg class="chart__plot" viewBox="0 0 1000 1000" preserveAspectRatio="none">
                    if let Some(b) = &p.band {
                        <rect class="chart__band" x="0" y={unit(fy(b.hi))} width="1000" height={unit(fy(b.lo) - fy(b.hi))} />
                    }
                    { for p.y_ticks.iter().map(|(v, _)| html! {
                        <line class="chart__grid" x1="0" x2="1000" y1={unit(fy(*v))} y2={unit(fy(*v))} />
                    }) }
                    { for p.series.iter().filter(|s| !s.points.is_empty()).map(|s| html! { <polyline class="chart__line" data-style={["0", "1", "2"][usize::from(s.style.min(2))]} data-faint={s.faint.then_some("")} points={line(s)} /> }) }
                </svg>
                // Over the plot, drawn last, with a halo the colour of the band, so no line runs through it.
                if let Some(b) = &p.band {
                    <svg class="chart__over">
                        <text class="chart__band-label" x={if b.label_at_end { "100%" } else { "0" }} dx={if b.label_at_end { "-6" } else { "6" }}
                            y={pct(fy(b.hi))} dy="1.1em" text-anchor={if b.label_at_end { "end" } else { "start" }}>{ b.label }</text>
                    </svg>
                }
                <svg class="chart__x">
                    { for p.x_ticks.iter().map(|(v, label)| html! {
                        <text class="chart__tick" x={pct(fx(*v))} y="1.1em" text-anchor="middle">{ label }</text>
                    }) }
                </svg>
        </>
    };
    let rest = html! {
        <>
            <p class="chart__axis chart__axis--x">{ p.x_label }</p>
            // Not a `<figcaption>`: one must be the figure's first or last child, and the table
            // comes after the caption. The figure and the picture take their name from it by id.
            <div id={format!("{}-caption", p.id)} class="chart__caption">
                { &p.title }
                <ul class="chart__legend">
                    { for p.series.iter().map(|s| html! {
                        <li>
                            <svg class="chart__key" viewBox="0 0 40 10" aria-hidden="true"><line class="chart__line" data-style={["0", "1", "2"][usize::from(s.style.min(2))]} data-faint={s.faint.then_some("")} x1="0" x2="40" y1="5" y2="5" /></svg>
                            { s.name }
                        </li>
                    }) }
                </ul>
            </div>
            <details class="chart__table">
                <summary>{ tr!(t, "sim.show_table") }</summary>
                // A region that scrolls sideways on a narrow screen (tables are exempt from reflow);
                // focusable so a keyboard can scroll it.
                <div class="chart__scroll" tabindex="0" role="region" aria-label={p.title.clone()}>
                <table>
                    <caption class="visually-hidden">{ &p.title }</caption>
                    <thead><tr>{ for p.table_head.iter().map(|h| html! { <th scope="col">{ *h }</th> }) }</tr></thead>
                    <tbody>
                        { for p.table_rows.iter().map(|row| html! {
                            <tr>
                                { for row.iter().enumerate().map(|(i, cell)| if i == 0 {
                                    html! { <th scope="row">{ cell }</th> }
                                } else {
                                    html! { <td>{ cell }</td> }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
                </div>
            </details>
        </>
    };
    Drawn {
        id: format!("{}-caption", p.id).into(),
        y_label: p.y_label,
        x_max: p.x_max,
        y_max: p.y_max,
        frame: Rc::new(frame),
        rest: Rc::new(rest),
    }
}
