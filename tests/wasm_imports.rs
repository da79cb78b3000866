//! Privacy proof from the binary itself: the built wasm imports nothing that could send or store.
//! wasm-bindgen names each import after the web API it wraps (`__wbg_fetch_…`), so the names say
//! what the code can reach.

use std::path::Path;

use opioid_explainer::content::{bundle, Lang};

const FORBIDDEN: &[&str] =
    &["fetch", "xmlhttprequest", "websocket", "eventsource", "sendbeacon", "storage", "cookie", "indexeddb", "idb"];

/// `module.name` of every import whose name mentions a forbidden API.
fn forbidden_imports(wasm: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        if let wasmparser::Payload::ImportSection(reader) = payload.expect("a valid wasm module") {
            for import in reader.into_imports() {
                let import = import.expect("a valid import");
                let name = format!("{}.{}", import.module, import.name);
                let lower = name.to_lowercase();
                if FORBIDDEN.iter().any(|f| lower.contains(f)) {
                    out.push(name);
                }
            }
        }
    }
    out
}

/// A minimal module importing one function `module.name`.
fn module_importing(module: &str, name: &str) -> Vec<u8> {
    let mut import = vec![1u8, module.len() as u8];
    import.extend(module.as_bytes());
    import.push(name.len() as u8);
    import.extend(name.as_bytes());
    import.extend([0x00, 0x00]); // a function of type 0
    let mut wasm = b"\0asm\x01\0\0\0".to_vec();
    wasm.extend([0x01, 0x04, 0x01, 0x60, 0x00, 0x00]); // type section: () -> ()
    wasm.push(0x02);
    wasm.push(import.len() as u8);
    wasm.extend(import);
    wasm
}

#[test]
fn the_audit_catches_network_and_storage_imports() {
    for name in [
        "__wbg_fetch_1a2b",
        "__wbg_localStorage_9f",
        "__wbg_setcookie_3",
        "__wbg_sendBeacon_77",
        "__wbg_new_WebSocket_1",
    ] {
        assert_eq!(forbidden_imports(&module_importing("wbg", name)), vec![format!("wbg.{name}")]);
    }
    assert!(forbidden_imports(&module_importing("wbg", "__wbg_createElement_12")).is_empty());
}

/// The release build's wasm of each language: `dist/` (English) and `dist/<lang>/`.
fn built_wasm() -> Vec<(Lang, Vec<u8>)> {
    let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    Lang::ALL
        .iter()
        .map(|&lang| {
            let dir = if lang == Lang::ALL[0] { dist.clone() } else { dist.join(lang.code()) };
            let wasm: Vec<_> = std::fs::read_dir(&dir)
                .unwrap_or_else(|e| panic!("{} exists ({e}): run `cargo xtask dist` first", dir.display()))
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "wasm"))
                .collect();
            assert_eq!(wasm.len(), 1, "one wasm file in {}: {wasm:?}", dir.display());
            (lang, std::fs::read(&wasm[0]).expect("read the wasm"))
        })
        .collect()
}

#[test]
#[ignore = "needs the release build in dist/ — `cargo xtask test` builds it and runs this"]
fn the_release_build_imports_no_network_or_storage_api() {
    for (lang, bytes) in built_wasm() {
        let imports = wasmparser::Parser::new(0)
            .parse_all(&bytes)
            .filter_map(|p| match p.ok()? {
                wasmparser::Payload::ImportSection(r) => Some(r.into_imports().count()),
                _ => None,
            })
            .sum::<usize>();
        assert!(imports > 10, "the audit saw the real import list of {lang:?} ({imports} imports)");
        assert_eq!(forbidden_imports(&bytes), Vec::<String>::new(), "{lang:?}");
    }
}

/// A reader downloads one language: each build's wasm holds its own UI words and chapter titles
/// and none of another language's (the strings two languages share, such as phone numbers, are
/// not told apart; the console's warnings for a clinic's web person are English in every build).
#[test]
#[ignore = "needs the release build in dist/ — `cargo xtask test` builds it and runs this"]
fn each_language_build_carries_only_its_own_words() {
    let strings = |lang: Lang| -> Vec<&'static str> {
        let t = bundle(lang);
        let ui = t.keys().iter().filter(|k| !["static.", "chapter.", "date."].iter().any(|p| k.starts_with(p)));
        ui.map(|k| t.tr(k)).chain(t.chapters.iter().map(|c| c.title)).filter(|s| s.len() >= 8).collect()
    };
    let contains = |hay: &[u8], needle: &str| hay.windows(needle.len()).any(|w| w == needle.as_bytes());
    for (lang, bytes) in built_wasm() {
        let own = strings(lang);
        let missing: Vec<_> = own.iter().filter(|s| !contains(&bytes, s)).collect();
        assert!(missing.is_empty(), "{lang:?}'s wasm lacks its own words: {missing:?}");
        for &other in Lang::ALL.iter().filter(|&&l| l != lang) {
            // The English name starts every console warning, in every build.
            let foreign: Vec<_> = strings(other)
                .into_iter()
                .filter(|s| !own.contains(s) && *s != "Understanding Opioids" && contains(&bytes, s))
                .collect();
            assert!(foreign.is_empty(), "{lang:?}'s wasm carries {other:?} words: {foreign:?}");
        }
    }
}

/// The same commit gives the same bytes on another machine too: no path of the machine that
/// built it is in a wasm (the project's folder, the Cargo home with the dependencies' sources,
/// the home folder). A panic's location names its source file; the build writes the
/// dependencies' as `yew-0.23.0/src/…` (`cargo xtask`'s `remap_registry`).
#[test]
#[ignore = "needs the release build in dist/ — `cargo xtask test` builds it and runs this"]
fn the_release_build_names_no_path_of_the_machine_that_built_it() {
    let home = std::env::var("HOME").unwrap_or_default();
    let cargo_home = std::env::var("CARGO_HOME").unwrap_or_else(|_| format!("{home}/.cargo"));
    let project = env!("CARGO_MANIFEST_DIR");
    let contains = |hay: &[u8], needle: &str| hay.windows(needle.len()).any(|w| w == needle.as_bytes());
    for (lang, bytes) in built_wasm() {
        assert!(contains(&bytes, "yew-0.23.0/src/"), "{lang:?}: the audit reads the dependencies' paths");
        for path in [format!("{cargo_home}/"), format!("{project}/"), format!("{home}/")] {
            assert!(path.len() > 2 && !contains(&bytes, &path), "{lang:?}'s wasm names {path}");
        }
    }
}
