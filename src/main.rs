//! Entry point in the browser: read settings and route from the URL, mount, then lock down.

#[cfg(target_arch = "wasm32")]
fn main() {
    use opioid_explainer::{config, content, platform, route::Route, ui};

    let (settings, warnings) = config::parse_query(&platform::query_string(), platform::place());
    for w in &warnings {
        platform::warn(w);
    }
    let bundle = content::bundle(settings.lang);
    let route = Route::parse(&platform::hash(), bundle);
    // An empty or unknown hash shows the first chapter; say so in the address bar too.
    if platform::hash() != route.hash(bundle) {
        platform::replace_hash(&route.hash(bundle));
    }
    let root = gloo::utils::document().get_element_by_id("app").expect("index.html has #app");
    // The static text in #app (shown while loading, or if loading fails) gives way to the app.
    root.set_text_content(None);
    yew::Renderer::<ui::App>::with_root_and_props(
        root,
        ui::AppProps { settings, route, onleave: yew::Callback::from(|url: String| platform::leave(&url)) },
    )
    .render();
    platform::lock_down_connections();
    platform::report_height_to_parent();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a web app: run `cargo xtask serve` and open http://127.0.0.1:8080");
}
