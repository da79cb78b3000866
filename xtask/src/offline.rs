//! The offline file: one self-contained HTML page per language, built from a release build folder
//! (`dist/` today; a language's own folder once there are more), for a classroom whose network may
//! fail: copied to a USB stick and opened from `file://`, it asks for nothing.
//!
//! The build's page already holds the style sheet and the whole static text; here Trunk's loader
//! and its glue become one inline module script that instantiates the wasm from bytes written into
//! it (base64), so nothing is fetched. The policy is the build's, tightened: scripts only by the
//! hash of that one script (and `'wasm-unsafe-eval'`, which instantiating needs), no `'self'`
//! (there is no server to be), `connect-src 'none'` from the first byte.

use std::fs;
use std::path::{Path, PathBuf};

use crate::Result;

/// Writes every language's offline file into `<dist>/offline/`, from `dist/` (English) and each
/// other language's `dist/<lang>/`, and returns their paths.
pub fn write(dist: &Path) -> Result<Vec<PathBuf>> {
    let offline = dist.join("offline");
    crate::langs()?
        .iter()
        .map(|lang| write_one(&if lang == "en" { dist.to_path_buf() } else { dist.join(lang) }, &offline))
        .collect()
}

/// Writes `<offline>/understanding-opioids-<lang>.html` from one language's build folder (the
/// language read from the page's `<html lang>`) and returns its path.
fn write_one(dist: &Path, offline: &Path) -> Result<PathBuf> {
    let page =
        fs::read_to_string(dist.join("index.html")).map_err(|e| format!("{}/index.html: {e}", dist.display()))?;
    let lang = page_lang(&page)?;
    let glue_name = glue_name(&page)?;
    let glue = fs::read_to_string(dist.join(&glue_name)).map_err(|e| format!("{glue_name}: {e}"))?;
    let wasm_name = wasm_name(&page)?;
    let wasm = fs::read(dist.join(&wasm_name)).map_err(|e| format!("{wasm_name}: {e}"))?;
    let html = single_file(&page, &glue, &wasm)?;
    let out = offline.join(format!("understanding-opioids-{lang}.html"));
    fs::create_dir_all(out.parent().expect("a folder")).map_err(|e| e.to_string())?;
    fs::write(&out, html).map_err(|e| format!("{}: {e}", out.display()))?;
    println!("offline file: {} ({} bytes)", out.display(), fs::metadata(&out).map(|m| m.len()).unwrap_or(0));
    Ok(out)
}

fn changed(what: &str) -> String {
    format!("the offline file: the build's page changed ({what})")
}

fn page_lang(page: &str) -> Result<String> {
    let rest = page.split("<html lang=").nth(1).ok_or_else(|| changed("no <html lang=…>"))?;
    let lang: String =
        rest.trim_start_matches('"').chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
    if lang.is_empty() {
        return Err(changed("an empty <html lang>"));
    }
    Ok(lang)
}

/// The glue's file, from the one `import … from"./<name>.js"` in the loader.
fn glue_name(page: &str) -> Result<String> {
    let rest = page.split("from\"./").nth(1).ok_or_else(|| changed("no import from \"./….js\" in the loader"))?;
    let name = rest.split('"').next().unwrap_or_default();
    if !name.ends_with(".js") || name.contains('/') {
        return Err(changed("the loader imports something other than ./….js"));
    }
    Ok(name.to_string())
}

/// The wasm's file, from the loader's `init({module_or_path:`./<name>.wasm`})`.
fn wasm_name(page: &str) -> Result<String> {
    let rest = page.split("module_or_path:").nth(1).ok_or_else(|| changed("no module_or_path in the loader"))?;
    let name = rest.trim_start_matches(['`', '\'', '"', '.', '/']).split(['`', '\'', '"']).next().unwrap_or_default();
    if !name.ends_with(".wasm") || name.contains('/') {
        return Err(changed("the loader's module_or_path is not ./….wasm"));
    }
    Ok(name.to_string())
}

/// The page with its loader replaced by the glue and the wasm's bytes, and its policy tightened.
/// Pure, so it is tested here without a build.
pub fn single_file(page: &str, glue: &str, wasm: &[u8]) -> Result<String> {
    use base64::Engine;
    // The glue ends by exporting `initSync` and its init function as the default: an inline
    // module cannot be imported, so the export goes and the init is called by its own name.
    let export_at = glue.rfind("export{").ok_or_else(|| changed("the glue has no export{…}"))?;
    let export_end = export_at + glue[export_at..].find('}').ok_or_else(|| changed("an open export{"))? + 1;
    let init = glue[export_at + "export{".len()..export_end - 1]
        .split(',')
        .find_map(|e| e.trim().strip_suffix(" as default"))
        .ok_or_else(|| changed("the glue exports no default init"))?;
    if glue[export_end..].trim_end_matches([';', '\n', ' ']).contains("export") || glue.contains("</script") {
        return Err(changed("more than one export in the glue, or </script in it"));
    }
    let bytes = base64::engine::general_purpose::STANDARD.encode(wasm);
    let script = format!(
        "{}{}\nawait {init}({{module_or_path:Uint8Array.from(atob(\"{bytes}\"),c=>c.charCodeAt(0))}});",
        &glue[..export_at],
        glue[export_end..].trim_start_matches(';').trim_end(),
    );

    // Out go the loader's preload link and its script; in goes the one script, where the loader was.
    let mut html = String::with_capacity(page.len() + script.len());
    let mut rest = page;
    while let Some(at) = rest.find("<link") {
        let end = at + rest[at..].find('>').ok_or_else(|| changed("an open <link"))? + 1;
        html.push_str(&rest[..at]);
        if !rest[at..end].contains("rel=modulepreload") {
            html.push_str(&rest[at..end]);
        }
        rest = &rest[end..];
    }
    html.push_str(rest);
    let mut html = sibling_links(&html);
    let loader_at = html.find("<script type=module>").ok_or_else(|| changed("no inline module loader"))?;
    let loader_end =
        loader_at + html[loader_at..].find("</script>").ok_or_else(|| changed("an open <script>"))? + "</script>".len();
    if !html[loader_at..loader_end].contains("module_or_path") {
        return Err(changed("the module script is not Trunk's loader"));
    }
    html.replace_range(loader_at..loader_end, &format!("<script type=module>{script}</script>"));

    // Nothing may point at another file: the page must work alone.
    for attr in ["src=", "href=./", "href=\"./"] {
        if html.contains(attr) {
            return Err(changed(&format!("it still refers to a file ({attr}…)")));
        }
    }

    // The policy: the build's, with scripts allowed only by this page's hashes.
    let scripts: Vec<String> = crate::inline_scripts(&html).iter().map(|s| crate::sha256_source(s)).collect();
    let policy_at =
        html.find("content=\"default-src").ok_or_else(|| changed("no Content-Security-Policy"))? + "content=\"".len();
    let policy_end = policy_at + html[policy_at..].find('"').ok_or_else(|| changed("an open policy"))?;
    let policy = html[policy_at..policy_end]
        .split(';')
        .map(|d| {
            let d = d.trim();
            match d.split(' ').next().unwrap_or_default() {
                "script-src" => format!("script-src 'wasm-unsafe-eval' {}", scripts.join(" ")),
                "connect-src" => "connect-src 'none'".into(),
                "img-src" => "img-src data:".into(),
                _ => d.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("; ");
    if policy.contains("'self'") || policy.contains("unsafe-inline") || !policy.contains("style-src 'sha256-") {
        return Err(changed(&format!("an unexpected policy: {policy}")));
    }
    html.replace_range(policy_at..policy_end, &policy);
    Ok(html)
}

/// The offline files sit side by side: a link to another language (`<a href=es/ hreflang=es>`,
/// written for the served folders) points at that language's file, and the head's alternates
/// (folders) go.
fn sibling_links(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let end = at + rest[at..].find('>').map_or(rest.len() - at, |e| e + 1);
        let tag = &rest[at..end];
        let attr = |name: &str| {
            tag.split([' ', '>']).find_map(|w| w.strip_prefix(name)).map(|v| v.trim_end_matches('/').trim_matches('"'))
        };
        match (tag.starts_with("<link ") || tag.starts_with("<a "), attr("hreflang="), attr("href=")) {
            (true, Some(_), _) if tag.starts_with("<link ") => {}
            (true, Some(lang), Some(_)) => {
                let old = tag.split(' ').find(|w| w.starts_with("href=")).unwrap_or_default().trim_end_matches('>');
                out.push_str(&tag.replacen(old, &format!("href=understanding-opioids-{lang}.html"), 1));
            }
            _ => out.push_str(tag),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::{glue_name, page_lang, sibling_links, single_file, wasm_name};

    #[test]
    fn links_to_other_languages_point_at_their_files_and_the_alternates_go() {
        let page = "<head><link rel=alternate hreflang=en href=./><link href=es/ hreflang=es rel=alternate></head>\
            <p><a class=masthead__lang href=es/ hreflang=es lang=es>Español</a><a href=\"../\" hreflang=\"en\">English</a><a href=#/x>x</a>";
        assert_eq!(
            sibling_links(page),
            "<head></head><p><a class=masthead__lang href=understanding-opioids-es.html hreflang=es lang=es>Español</a>\
             <a href=understanding-opioids-en.html hreflang=\"en\">English</a><a href=#/x>x</a>"
        );
    }

    const PAGE: &str = "<!doctype html><html lang=en><meta content=\"default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-old='; style-src 'sha256-css='; img-src 'self' data:; connect-src 'self'; base-uri 'none'\" http-equiv=Content-Security-Policy><style>p{}</style><div id=app><p>Text</p></div><link crossorigin href=./g-1.js integrity=sha384-x rel=modulepreload><script type=module>import init,*as bindings from\"./g-1.js\";const wasm=await init({module_or_path:`./g-1_bg.wasm`});</script></body></html>";
    const GLUE: &str = "let wasm;function __wbg_init(e){return e}export{initSync,__wbg_init as default};";

    #[test]
    fn finds_the_language_glue_and_wasm_in_the_page() {
        assert_eq!(page_lang(PAGE).unwrap(), "en");
        assert_eq!(glue_name(PAGE).unwrap(), "g-1.js");
        assert_eq!(wasm_name(PAGE).unwrap(), "g-1_bg.wasm");
    }

    #[test]
    fn the_loader_becomes_the_glue_with_the_bytes_and_the_policy_only_allows_that_script() {
        let html = single_file(PAGE, GLUE, b"\0asm").unwrap();
        assert!(!html.contains("modulepreload") && !html.contains("./g-1"), "{html}");
        assert!(html.contains(
            "<script type=module>let wasm;function __wbg_init(e){return e}\nawait __wbg_init({module_or_path:Uint8Array.from(atob(\"AGFzbQ==\"),c=>c.charCodeAt(0))});</script></body>"
        ));
        assert!(!html.contains("export"));
        let script = crate::inline_scripts(&html)[0];
        assert!(html.contains(&format!(
            "content=\"default-src 'none'; script-src 'wasm-unsafe-eval' {}; style-src 'sha256-css='; img-src data:; connect-src 'none'; base-uri 'none'\"",
            crate::sha256_source(script)
        )));
        assert!(html.contains("<div id=app><p>Text</p></div>"), "the static text stays");
    }

    #[test]
    fn a_changed_build_is_an_error_that_says_so() {
        let no_export = single_file(PAGE, "function __wbg_init(){}", b"").unwrap_err();
        assert!(no_export.contains("export"), "{no_export}");
        let other_file = PAGE.replace("</body>", "<img src=x.png></body>");
        assert!(single_file(&other_file, GLUE, b"").unwrap_err().contains("src="));
    }
}
