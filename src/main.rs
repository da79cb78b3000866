//! Entry point in the browser: read settings and route from the URL, mount, then lock down.

/// Talc instead of Rust's default allocator (dlmalloc) in the browser: 1.8 KB (brotli) smaller in
/// the wasm; faster too by talc's own benchmarks (too small a difference to measure on our bench).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    use opioid_explainer::{config, content, platform, ui};

    let (settings, warnings) = config::parse(&platform::query_string(), platform::place(), config::BUILT_IN);
    for w in &warnings {
        platform::warn(w);
    }
    // Each language is its own build (`dist/`, `dist/es/`): `lang=es` here moves to the Spanish one.
    if settings.lang != content::Lang::BUILT {
        platform::move_to_lang(settings.lang);
        return;
    }
    if let Some(accent) = &settings.accent {
        platform::set_accent(accent);
    }
    let (route, step) = platform::route(content::bundle(settings.lang), &settings);
    let root = gloo::utils::document().get_element_by_id("app").expect("index.html has #app");
    // The static page in #app (painted first; all there is without a script or wasm) hands its
    // chapter text to the app and steps aside, until a panic brings it back.
    platform::take_over(&root);
    yew::set_custom_panic_hook(Box::new(|_| platform::show_static_page()));
    yew::Renderer::<ui::App>::with_root_and_props(
        root,
        ui::AppProps { settings, route, step, onleave: yew::Callback::from(|url: String| platform::leave(&url)) },
    )
    .render();
    platform::lock_down_connections();
    platform::talk_to_parent();
}

/// Natively: `static-page` prints the guide as static HTML for `index.html` (see
/// `ui::static_page`; Trunk's post-build hook runs it). Otherwise checks the settings built in
/// from `clinic.toml` by the app's own rules (`cargo xtask dist` runs this and stops on a warning),
/// then points to the web app.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use opioid_explainer::config::{parse, Place, BUILT_IN};

    let (settings, warnings) = parse("", Place::Framed, BUILT_IN);
    if !warnings.is_empty() {
        for w in &warnings {
            eprintln!("clinic.toml: {w}");
        }
        std::process::exit(1);
    }
    // `static-page <lang>`: the page's head for that language on the first line, then its body.
    if std::env::args().nth(1).as_deref() == Some("static-page") {
        use opioid_explainer::{content::Lang, ui::static_page};
        let code = std::env::args().nth(2).unwrap_or_else(|| Lang::BUILT.code().into());
        let Some(lang) = Lang::from_code(&code) else {
            eprintln!("static-page: no language \"{code}\"");
            std::process::exit(1);
        };
        let settings = opioid_explainer::config::Settings { lang, ..settings };
        let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
        println!("{}", static_page::head(lang));
        print!("{}", runtime.block_on(static_page::static_page(settings)));
        return;
    }
    eprintln!("Built-in settings: {}", if BUILT_IN.is_empty() { "none" } else { "valid" });
    eprintln!("This is a web app: run `cargo xtask serve` and open http://127.0.0.1:8080");
}
