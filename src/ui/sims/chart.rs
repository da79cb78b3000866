//! A line chart in SVG with its data as a table ("Show as table"). Lines differ by dash pattern
//! as well as colour, and each is named in the legend, so colour is never the only signal.

use yew::prelude::*;

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
    /// A vertical line at this x (the scrubber's time).
    pub marker: Option<f64>,
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

const W: f64 = 400.0;
const H: f64 = 260.0;
const LEFT: f64 = 56.0;
const RIGHT: f64 = 22.0;
const TOP: f64 = 30.0;
const BOTTOM: f64 = 48.0;

/// A plain function, not a component: every component type adds its own copy of yew's lifecycle
/// code to the bundle (several KB each).
pub fn chart(t: &Bundle, p: &ChartSpec) -> Html {
    let x = |v: f64| LEFT + (v / p.x_max).clamp(0.0, 1.0) * (W - LEFT - RIGHT);
    let y = |v: f64| TOP + (1.0 - (v / p.y_max).clamp(0.0, 1.0)) * (H - TOP - BOTTOM);
    let line = |s: &Series| {
        let mut points = String::new();
        for &(a, b) in &s.points {
            points.push_str(&fixed(x(a), 1));
            points.push(',');
            points.push_str(&fixed(y(b), 1));
            points.push(' ');
        }
        points
    };

    html! {
        <figure class="chart">
            <svg class="chart__svg" viewBox={format!("0 0 {} {}", fixed(W, 0), fixed(H, 0))} role="img" aria-labelledby={format!("{}-caption", p.id)}>
                if let Some(b) = &p.band {
                    <rect class="chart__band" x={fixed(LEFT, 1)} y={fixed(y(b.hi), 1)}
                        width={fixed(W - LEFT - RIGHT, 1)} height={fixed(y(b.lo) - y(b.hi), 1)} />
                }
                { for p.y_ticks.iter().map(|(v, label)| html! {
                    <g class="chart__tick">
                        <line x1={fixed(LEFT, 1)} x2={fixed(W - RIGHT, 1)} y1={fixed(y(*v), 1)} y2={fixed(y(*v), 1)} />
                        <text x={fixed(LEFT - 6.0, 1)} y={fixed(y(*v) + 5.0, 1)} text-anchor="end">{ label }</text>
                    </g>
                }) }
                { for p.x_ticks.iter().map(|(v, label)| html! {
                    <text class="chart__tick" x={fixed(x(*v), 1)} y={fixed(H - BOTTOM + 20.0, 1)} text-anchor="middle">{ label }</text>
                }) }
                <text class="chart__axis" x={fixed((LEFT + W - RIGHT) / 2.0, 1)} y={fixed(H - 6.0, 1)} text-anchor="middle">{ p.x_label }</text>
                <text class="chart__axis" x="2" y="16">{ p.y_label }</text>
                { for p.series.iter().map(|s| html! { <polyline class="chart__line" data-style={["0", "1", "2"][usize::from(s.style.min(2))]} data-faint={s.faint.then_some("")} points={line(s)} /> }) }
                if let Some(m) = p.marker {
                    <line class="chart__marker" x1={fixed(x(m), 1)} x2={fixed(x(m), 1)} y1={fixed(TOP, 1)} y2={fixed(H - BOTTOM, 1)} />
                }
                // Drawn last, with a halo the colour of the band, so no line can run through it.
                if let Some(b) = &p.band {
                    <text class="chart__band-label" x={fixed(if b.label_at_end { W - RIGHT - 6.0 } else { LEFT + 6.0 }, 1)}
                        y={fixed(y(b.hi) + 14.0, 1)} text-anchor={if b.label_at_end { "end" } else { "start" }}>{ b.label }</text>
                }
            </svg>
            <figcaption id={format!("{}-caption", p.id)} class="chart__caption">
                { &p.title }
                <ul class="chart__legend">
                    { for p.series.iter().map(|s| html! {
                        <li>
                            <svg class="chart__key" viewBox="0 0 40 10" aria-hidden="true"><line class="chart__line" data-style={["0", "1", "2"][usize::from(s.style.min(2))]} data-faint={s.faint.then_some("")} x1="0" x2="40" y1="5" y2="5" /></svg>
                            { s.name }
                        </li>
                    }) }
                </ul>
            </figcaption>
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
        </figure>
    }
}
