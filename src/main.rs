//! Entry point in the browser: read settings and route from the URL, mount, then lock down.

#[cfg(target_arch = "wasm32")]
fn main() {
    use opioid_explainer::{config, content, platform, ui};

    let (settings, warnings) = config::parse(&platform::query_string(), platform::place(), config::BUILT_IN);
    for w in &warnings {
        platform::warn(w);
    }
    if let Some(accent) = &settings.accent {
        platform::set_accent(accent);
    }
    let route = platform::route(content::bundle(settings.lang), &settings);
    let root = gloo::utils::document().get_element_by_id("app").expect("index.html has #app");
    // The static text in #app (shown while loading, or if loading fails) gives way to the app.
    root.set_text_content(None);
    yew::Renderer::<ui::App>::with_root_and_props(
        root,
        ui::AppProps { settings, route, onleave: yew::Callback::from(|url: String| platform::leave(&url)) },
    )
    .render();
    platform::lock_down_connections();
    platform::talk_to_parent();
}

/// Natively, checks the settings built in from `clinic.toml` by the app's own rules (`cargo xtask
/// dist` runs this and stops on a warning), then points to the web app.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use opioid_explainer::config::{parse, Place, BUILT_IN};

    let (_, warnings) = parse("", Place::Framed, BUILT_IN);
    if !warnings.is_empty() {
        for w in &warnings {
            eprintln!("clinic.toml: {w}");
        }
        std::process::exit(1);
    }
    eprintln!("Built-in settings: {}", if BUILT_IN.is_empty() { "none" } else { "valid" });
    eprintln!("This is a web app: run `cargo xtask serve` and open http://127.0.0.1:8080");
}
