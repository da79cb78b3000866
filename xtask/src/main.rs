//! `cargo xtask <command>`: the project's two commands and their parts.
//!
//! - `setup`   installs what is missing (wasm32 target, rustfmt and clippy, trunk, wasm-bindgen
//!   CLI = Cargo.lock, Chromium + ChromeDriver, npm packages incl. wasm-opt); quick when all is there.
//! - `serve`   setup, release build, then serves `dist/` on http://127.0.0.1:8080.
//! - `test`    setup, then every test layer; non-zero if any fails.
//! - `bench`   sizes and startup time of the guide against a minimal Yew counter.
//! - `dist`    setup, `clinic.toml` checked (if there is one), the release build, sums and zip;
//!   `--single-file` also writes the offline file (`dist/offline/understanding-opioids-<lang>.html`).
//! - `post-build` Trunk's post-build hook (see Trunk.toml): the static page, then the CSP hash.
//!
//! Nothing is downloaded from anywhere but the package registries (the Rust registry, the npm registry, Debian's archive).

mod bench;
mod offline;
mod setup;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::{env, fs};

pub const TRUNK_VERSION: &str = "0.22.1";
pub const WASM_OPT_VERSION: &str = "version_132";
pub const GECKODRIVER_VERSION: &str = "0.37.1";
pub const SERVE_PORT: u16 = 8080;

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let root = project_root();
    env::set_current_dir(&root).expect("cd to the project root");
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup::ensure_all().map(|_| ()),
        Some("dist") => setup::ensure_all().and_then(|tools| {
            check_built_in_settings(&tools)?;
            build_guide(&tools)?;
            if env::args().any(|a| a == "--single-file") {
                offline::write(Path::new("dist"))?;
            }
            package_dist()
        }),
        Some("serve") => setup::ensure_all().and_then(|tools| {
            build_guide(&tools)?;
            serve(&tools)
        }),
        Some("test") => setup::ensure_all().and_then(|tools| test(&tools)),
        // `bench --sizes`: the sizes and budgets alone, without the browser figures.
        Some("bench") => setup::ensure_all().and_then(|tools| bench::run(&tools, env::args().any(|a| a == "--sizes"))),
        Some("post-build") => static_page().and_then(|()| csp_hash()),
        _ => Err("usage: cargo xtask <setup | serve | test | bench [--sizes] | dist [--single-file]>".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nxtask: {e}");
            ExitCode::FAILURE
        }
    }
}

pub type Result<T = ()> = std::result::Result<T, String>;

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask sits in the project root").to_path_buf()
}

/// Where the tools are, for the commands that use them.
pub struct Tools {
    /// PATH with cargo's bin and the npm wasm-opt first.
    pub path: String,
    pub e2e_dir: PathBuf,
}

impl Tools {
    pub fn cmd(&self, program: &str) -> Command {
        let mut c = Command::new(program);
        c.env("PATH", &self.path).env("TRUNK_SKIP_VERSION_CHECK", "true");
        if program == "trunk" {
            if let Some(flags) = remap_registry() {
                c.env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS", flags);
            }
        }
        c
    }
}

/// Rust flags for the wasm that write the dependencies' source paths as `yew-0.23.0/src/…` rather
/// than under this machine's Cargo home: a panic's location names its file, and with the home's
/// path in it the same commit built by another person gave other bytes (`same_bytes` builds
/// twice on one machine; tests/wasm_imports.rs checks no path of this machine is left). None when
/// a path has a space (the variable splits on spaces): the build then keeps the full paths.
fn remap_registry() -> Option<String> {
    let home = env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))?;
    let flags: Vec<String> = fs::read_dir(home.join("registry").join("src"))
        .ok()?
        .flatten()
        .map(|e| format!("--remap-path-prefix={}/=", e.path().display()))
        .collect();
    (!flags.is_empty() && !flags.iter().any(|f| f.contains(' '))).then(|| flags.join(" "))
}

pub fn sh(cmd: &mut Command) -> Result {
    let shown = std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(|s| s.to_string_lossy())
        .collect::<Vec<_>>()
        .join(" ");
    println!("\n$ {shown}");
    let status = cmd.status().map_err(|e| format!("could not start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

/// Every language's build: English in `dist/`, each other language in `dist/<lang>/` (Trunk
/// empties its output folder, so English goes first). Each wasm carries its own language only.
pub fn build_guide(tools: &Tools) -> Result {
    build_into(tools, Path::new("dist"), None)
}

/// [`build_guide`] into `dist`, with `target` as Cargo's target folder if given.
fn build_into(tools: &Tools, dist: &Path, target: Option<&Path>) -> Result {
    for lang in langs()? {
        let out = if lang == "en" { dist.to_path_buf() } else { dist.join(&lang) };
        let mut cmd = tools.cmd("trunk");
        cmd.args(["build", "--release=true", "--dist"]).arg(&out).env("GUIDE_LANG", &lang);
        if let Some(target) = target {
            cmd.env("CARGO_TARGET_DIR", target);
        }
        sh(&mut cmd)?;
    }
    Ok(())
}

/// The guide's languages: the folders under `content/`, English first (as `build.rs` has them).
pub fn langs() -> Result<Vec<String>> {
    let mut langs: Vec<String> = fs::read_dir("content")
        .map_err(|e| format!("content/: {e}"))?
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    langs.sort_by_key(|l| (l != "en", l.clone()));
    Ok(langs)
}

fn serve(tools: &Tools) -> Result {
    let mut cmd = tools.cmd("node");
    cmd.arg(tools.e2e_dir.join("server.mjs")).args(["--root", "dist", "--port", &SERVE_PORT.to_string()]);
    // examples/clinic.html embeds the guide from 127.0.0.1:8080 with the documented snippet.
    cmd.args(["--examples", "examples", "--examples-port", &(SERVE_PORT + 1).to_string()]);
    sh(&mut cmd)
}

/// Every layer in turn; all run even when one fails, and the summary names the failures.
fn test(tools: &Tools) -> Result {
    let chromedriver = which("chromedriver").unwrap_or_else(|| "/usr/bin/chromedriver".into());
    let geckodriver = which("geckodriver").unwrap_or_else(|| "geckodriver".into());
    type Layer<'a> = (&'a str, Box<dyn Fn() -> Result + 'a>);
    let layers: Vec<Layer> = vec![
        (
            "lint: rustfmt and clippy (warnings are errors)",
            Box::new(|| {
                sh(tools.cmd("cargo").args(["fmt", "--all", "--check"]))?;
                sh(tools.cmd("cargo").args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]))
            }),
        ),
        (
            "native: content rules, model, config, SSR render",
            Box::new(|| sh(tools.cmd("cargo").args(["test", "--workspace", "--exclude", "bench-counter"]))),
        ),
        (
            "release build, and the offline file from it",
            Box::new(|| build_guide(tools).and_then(|()| offline::write(Path::new("dist")).map(drop))),
        ),
        (
            "native: wasm import audit of the release build",
            Box::new(|| sh(tools.cmd("cargo").args(["test", "--test", "wasm_imports", "--", "--include-ignored"]))),
        ),
        (
            "wasm-bindgen-test in headless Chromium",
            Box::new(|| wasm_bindgen_test(tools, "CHROMEDRIVER", &chromedriver)),
        ),
        (
            "wasm-bindgen-test in headless Firefox ESR (geckodriver)",
            Box::new(|| wasm_bindgen_test(tools, "GECKODRIVER", &geckodriver)),
        ),
        ("same source, same bytes: a second release build in another target folder", Box::new(|| same_bytes(tools))),
        (
            "a test-only build whose app panics on the privacy page (for the e2e fallback test)",
            Box::new(|| {
                let root = project_root();
                sh(tools
                    .cmd("trunk")
                    .args(["build", "--release=true", "--features", "test-panic", "--dist"])
                    .arg(root.join("target").join("panic-dist"))
                    .env("CARGO_TARGET_DIR", root.join("target").join("repro")))
            }),
        ),
        (
            "end-to-end in Chromium: Playwright + axe on the release build",
            Box::new(|| {
                let mut cmd = tools.cmd("node");
                cmd.current_dir(&tools.e2e_dir)
                    .args(["--test", "--test-concurrency=1", "--test-timeout=2700000", "guide.test.mjs"])
                    .env("DIST", project_root().join("dist"))
                    .env("PANIC_DIST", project_root().join("target").join("panic-dist"));
                sh(&mut cmd)
            }),
        ),
        (
            "end-to-end in Firefox ESR: Puppeteer over WebDriver BiDi + axe on the release build",
            Box::new(|| {
                let mut cmd = tools.cmd("node");
                cmd.current_dir(&tools.e2e_dir)
                    .args(["--test", "--test-concurrency=1", "--test-timeout=2700000", "firefox.test.mjs"])
                    .env("DIST", project_root().join("dist"))
                    .env("FIREFOX", which("firefox-esr").unwrap_or_else(|| "/usr/bin/firefox-esr".into()));
                sh(&mut cmd)
            }),
        ),
    ];
    let mut failed = Vec::new();
    let mut after_build_ok = true;
    for (name, layer) in &layers {
        if !after_build_ok && *name != layers[0].0 {
            println!("\n== skipped (no release build): {name}");
            failed.push(*name);
            continue;
        }
        println!("\n== {name}");
        if let Err(e) = layer() {
            eprintln!("FAILED: {name}: {e}");
            failed.push(*name);
            if name.starts_with("release build") {
                after_build_ok = false;
            }
        }
    }
    println!("\nScreenshots of every chapter: tests/e2e/screenshots/");
    // The last line, in the plain form CI reads: "layers: N passed, N failed".
    println!("layers: {} passed, {} failed", layers.len() - failed.len(), failed.len());
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("failed: {}", failed.join("; ")))
    }
}

/// tests/web.rs in the browser whose driver `driver_var` names (wasm-bindgen-test-runner picks
/// the browser by which driver variable is set, so the other is removed).
fn wasm_bindgen_test(tools: &Tools, driver_var: &str, driver: &str) -> Result {
    let other = if driver_var == "CHROMEDRIVER" { "GECKODRIVER" } else { "CHROMEDRIVER" };
    sh(tools
        .cmd("cargo")
        // A test page has no static text to take the chapters' words from.
        .args(["test", "--target", "wasm32-unknown-unknown", "--test", "web", "--features", "words-in-wasm"])
        .env(driver_var, driver)
        .env_remove(other)
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120"))
}

pub fn which(program: &str) -> Option<String> {
    let path = env::var("PATH").unwrap_or_default();
    env::split_paths(&path).map(|d| d.join(program)).find(|p| p.is_file()).map(|p| p.to_string_lossy().into_owned())
}

/// Trunk post-build hook: replaces `CSP_SCRIPT_HASH` in the staged index.html with the SHA-256 of
/// each inline script Trunk wrote, so the policy allows exactly those and nothing inline else.
/// The staged `index.html` Trunk is about to publish (its post-build hooks run on it).
fn staged_page() -> Result<PathBuf> {
    let dir = env::var("TRUNK_STAGING_DIR")
        .map_err(|_| "post-build runs as Trunk's post_build hook (TRUNK_STAGING_DIR unset)")?;
    Ok(Path::new(&dir).join("index.html"))
}

/// Writes the guide's static text (every chapter, page and self-check the built-in settings show,
/// rendered natively by the app's own views: `ui::static_page`) in place of `STATIC_PAGE`, and its
/// head (title, description, the languages' addresses) in place of `STATIC_HEAD`, in the language
/// Trunk is building (`GUIDE_LANG`, set by [`build_guide`]), with `<html lang>` to match.
fn static_page() -> Result {
    let file = staged_page()?;
    let html = fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    // Trunk may have dropped the quotes (minified).
    let find = |forms: [&'static str; 2]| forms.into_iter().find(|f| html.contains(f));
    let (Some(html_tag), Some(head_mark), true) = (
        find(["<html lang=\"en\">", "<html lang=en>"]),
        find(["<meta name=\"static-head\">", "<meta name=static-head>"]),
        html.contains("STATIC_PAGE"),
    ) else {
        return Err(
            "index.html lacks <html lang=\"en\">, <meta name=\"static-head\"> or the STATIC_PAGE placeholder".into()
        );
    };
    let lang = env::var("GUIDE_LANG").unwrap_or_else(|_| "en".into());
    let out = Command::new(env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["run", "--quiet", "--bin", "opioid-explainer", "--", "static-page", &lang])
        // The native guide carries every language: building it once serves them all.
        .env_remove("GUIDE_LANG")
        .output()
        .map_err(|e| format!("could not run the native guide: {e}"))?;
    if !out.status.success() || out.stdout.is_empty() {
        return Err(format!("the static page failed:\n{}", String::from_utf8_lossy(&out.stderr)));
    }
    let page = String::from_utf8(out.stdout).map_err(|e| e.to_string())?;
    let (head, body) = page.split_once('\n').ok_or("the static page has no head line")?;
    let html = html.replacen(html_tag, &format!("<html lang=\"{lang}\">"), 1).replacen(head_mark, head, 1).replacen(
        "STATIC_PAGE",
        body,
        1,
    );
    fs::write(&file, html).map_err(|e| e.to_string())
}

/// A policy's source for an inline script or style: `'sha256-<base64>'`.
fn sha256_source(text: &str) -> String {
    use base64::Engine;
    use sha2::{Digest, Sha256};
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes())))
}

fn csp_hash() -> Result {
    let file = staged_page()?;
    let html = fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let html = inline_style(&html, file.parent().expect("a folder"))?;
    let html = start_after_first_paint(&html)?;
    let scripts: Vec<String> = inline_scripts(&html).iter().map(|s| sha256_source(s)).collect();
    let styles: Vec<String> = inline_blocks(&html, "<style>", "</style>").iter().map(|s| sha256_source(s)).collect();
    if !html.contains("CSP_SCRIPT_HASH") || !html.contains("CSP_STYLE_HASH") {
        return Err(
            "index.html's Content-Security-Policy lacks the CSP_SCRIPT_HASH or CSP_STYLE_HASH placeholder".into()
        );
    }
    let html = html.replace("CSP_SCRIPT_HASH", &scripts.join(" ")).replace("CSP_STYLE_HASH", &styles.join(" "));
    let html = without_ignored_integrity(&html);
    fs::write(&file, html).map_err(|e| e.to_string())?;
    Ok(())
}

/// The style sheet Trunk built goes into the page as one `<style>` (allowed by its hash, like the
/// loader): one render-blocking request less, so the chapter paints a round trip sooner on a slow
/// network (Lighthouse mobile: about 150 ms). The file itself is not published.
fn inline_style(html: &str, dir: &Path) -> Result<String> {
    let changed = || "expected one <link … rel=stylesheet> with a ./ href from Trunk".to_string();
    let at = html.find("<link").ok_or_else(changed)?;
    let mut from = at;
    let (start, end) = loop {
        let i = from + html[from..].find("<link").ok_or_else(changed)?;
        let end = i + html[i..].find('>').ok_or_else(changed)? + 1;
        if html[i..end].contains("rel=stylesheet") {
            break (i, end);
        }
        from = end;
    };
    let tag = &html[start..end];
    let name = tag.split("href=./").nth(1).and_then(|rest| rest.split([' ', '>']).next()).ok_or_else(changed)?;
    let path = dir.join(name);
    let css = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    if css.contains("</style") {
        return Err("the style sheet contains </style".into());
    }
    fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(format!("{}<style>{}</style>{}", &html[..start], css.trim_end(), &html[end..]))
}

/// The page is painted before the app's files are even asked for, so the first and largest paint
/// is the chapter's text (the static page), not the app's copy of it, and on a slow phone the text
/// comes first. Trunk's loader and its `<link rel=modulepreload>` (the script's `integrity`) move
/// from the head to the end of the body; the loader waits for the first largest-contentful-paint
/// (at most half a second: a hidden tab or a frame out of view may not paint) before `init` fetches
/// the wasm; and the wasm's `<link rel=preload>` is dropped (`without_ignored_integrity`).
fn start_after_first_paint(html: &str) -> Result<String> {
    const INIT: &str = "const wasm=await init(";
    const WAIT: &str = "await new Promise(r=>{new PerformanceObserver((l,o)=>{o.disconnect();setTimeout(r)})\
        .observe({type:'largest-contentful-paint',buffered:true});setTimeout(r,500)});";
    let changed = || {
        format!("Trunk's loader changed: expected one inline module script with `{INIT}`, one modulepreload link and </body>")
    };
    let script_at = html.find("<script type=module>").ok_or_else(changed)?;
    let script_end = script_at + html[script_at..].find("</script>").ok_or_else(changed)? + "</script>".len();
    let script = &html[script_at..script_end];
    let preload_at = html.find("<link").and_then(|_| {
        let mut from = 0;
        while let Some(i) = html[from..].find("<link") {
            let at = from + i;
            let end = at + html[at..].find('>')? + 1;
            if html[at..end].contains("rel=modulepreload") {
                return Some((at, end));
            }
            from = end;
        }
        None
    });
    let (preload_at, preload_end) = preload_at.ok_or_else(changed)?;
    if script.matches(INIT).count() != 1 || !html.contains("</body>") || preload_at < script_end {
        return Err(changed());
    }
    let moved = format!("{}{}", &html[preload_at..preload_end], script.replacen(INIT, &format!("{WAIT}{INIT}"), 1));
    let html = format!("{}{}{}", &html[..script_at], &html[script_end..preload_at], &html[preload_end..]);
    Ok(html.replacen("</body>", &format!("{moved}</body>"), 1))
}

/// Trunk puts `integrity` on the wasm's `<link rel=preload as=fetch>`, where browsers ignore it
/// (Chromium says so in the console on every load: crbug.com/981419), and the preload would fetch
/// the wasm before the page is first painted: that link is dropped. The script and style sheet
/// keep their `integrity`, which browsers do check. The style sheet also gets `crossorigin`, so its
/// integrity can be checked in a sandboxed frame.
fn without_ignored_integrity(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<link") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = after.find('>').map_or(after.len(), |i| i + 1);
        let tag = &after[..end];
        let words: Vec<&str> = tag.split(' ').collect();
        let is = |name: &str, value: &str| {
            words.iter().any(|w| {
                let w = w.trim_end_matches(['>', '/']);
                w == format!("{name}={value}") || w == format!("{name}=\"{value}\"")
            })
        };
        if is("rel", "preload") && is("as", "fetch") {
            // Dropped: see `start_after_first_paint`.
        } else if is("rel", "stylesheet")
            && tag.contains("integrity=")
            && !words.iter().any(|w| w.starts_with("crossorigin"))
        {
            // In a sandboxed frame the page's origin is opaque, so every file is cross-origin: a
            // style sheet with `integrity` loads only as a CORS request (the server answers with
            // Access-Control-Allow-Origin: *). Trunk marks the script so, not the style sheet.
            out.push_str("<link crossorigin");
            out.push_str(&tag["<link".len()..]);
        } else {
            out.push_str(tag);
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// The text between each `open` and the next `close`.
fn inline_blocks<'a>(html: &'a str, open: &str, close: &str) -> Vec<&'a str> {
    html.split(open).skip(1).filter_map(|rest| rest.split(close).next()).collect()
}

/// The text of every `<script>` without a `src` attribute.
fn inline_scripts(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(tag_end) = after.find('>') else { break };
        let tag = &after[..tag_end];
        let body = &after[tag_end + 1..];
        let Some(close) = body.find("</script>") else { break };
        if !tag.contains(" src=") {
            out.push(&body[..close]);
        }
        rest = &body[close..];
    }
    out
}

/// A clinic's `clinic.toml`, checked by the app's own rules (the native `opioid-explainer` binary
/// parses the built-in settings and exits non-zero, naming each, if a rule would ignore one).
fn check_built_in_settings(tools: &Tools) -> Result {
    sh(tools.cmd("cargo").args(["run", "--quiet", "--bin", "opioid-explainer"]))
        .map_err(|_| "clinic.toml has settings the guide would ignore (see above); fix them and run again".to_string())
}

/// A file's name and bytes.
type NamedFile = (String, Vec<u8>);

/// A built folder's files (not Trunk's `.trunk-lock`, nor an old list), with those of each other
/// language's folder (`es/index.html`; not `offline/`, written apart), in name order, with their
/// `SHA384SUMS.txt` lines.
fn sums(dir: &Path) -> Result<(String, Vec<NamedFile>)> {
    let langs = langs()?;
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    for sub in std::iter::once("").chain(langs.iter().skip(1).map(String::as_str)) {
        let folder = dir.join(sub);
        for entry in fs::read_dir(&folder).map_err(|e| format!("{}: {e}", folder.display()))?.flatten() {
            let (path, name) = (entry.path(), entry.file_name().to_string_lossy().into_owned());
            if path.is_file() && name != "SHA384SUMS.txt" && !name.starts_with('.') {
                files.push((if sub.is_empty() { name } else { format!("{sub}/{name}") }, path));
            }
        }
    }
    files.sort();
    let mut sums = String::new();
    let mut named = Vec::new();
    for (name, f) in files {
        let bytes = fs::read(&f).map_err(|e| format!("{}: {e}", f.display()))?;
        sums.push_str(&sri_line(&name, &bytes));
        named.push((name, bytes));
    }
    Ok((sums, named))
}

/// Same source, same bytes: a second release build of this tree, in another target folder (so
/// nothing is reused) and another output folder, must give exactly `dist/`'s files.
fn same_bytes(tools: &Tools) -> Result {
    let root = project_root();
    let (again, target) = (root.join("target").join("repro-dist"), root.join("target").join("repro"));
    build_into(tools, &again, Some(&target))?;
    let (first, _) = sums(&root.join("dist"))?;
    let (second, _) = sums(&again)?;
    if first == second {
        println!("the same {} files, byte for byte", first.lines().count());
        Ok(())
    } else {
        Err(format!("two builds of the same source differ:\n-- dist/\n{first}-- {}\n{second}", again.display()))
    }
}

/// After `dist`: `dist/SHA384SUMS.txt` (each file's SHA-384, in the form an `integrity` attribute
/// takes, for a clinic that pins `embed.js` or checks its copy) and `target/understanding-opioids.zip`
/// (all of `dist/`, for a clinic that hosts its own copy).
fn package_dist() -> Result {
    use std::io::Write;
    let dist = project_root().join("dist");
    let (sums, mut named) = sums(&dist)?;
    fs::write(dist.join("SHA384SUMS.txt"), &sums).map_err(|e| e.to_string())?;
    named.push(("SHA384SUMS.txt".into(), sums.into_bytes()));
    let zip_path = project_root().join("target").join("understanding-opioids.zip");
    let file = fs::File::create(&zip_path).map_err(|e| format!("{}: {e}", zip_path.display()))?;
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in &named {
        zip.start_file(name.as_str(), options).map_err(|e| e.to_string())?;
        zip.write_all(bytes).map_err(|e| e.to_string())?;
    }
    zip.finish().map_err(|e| e.to_string())?;
    println!("dist: {} files; {} and {}", named.len(), dist.join("SHA384SUMS.txt").display(), zip_path.display());
    Ok(())
}

/// `sha384-<base64>  <name>`: the hash as an `integrity` attribute writes it, then the file.
fn sri_line(name: &str, bytes: &[u8]) -> String {
    use base64::Engine;
    use sha2::{Digest, Sha384};
    format!("sha384-{}  {name}\n", base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes)))
}

#[cfg(test)]
mod tests {
    use super::{inline_scripts, without_ignored_integrity};

    #[test]
    fn drops_the_wasm_preload_and_keeps_the_scripts_integrity() {
        let html = concat!(
            r#"<link href=/a.css integrity=sha384-A rel=stylesheet>"#,
            r#"<link crossorigin href=/a.js integrity=sha384-B rel=modulepreload>"#,
            r#"<link as=fetch crossorigin href=/a.wasm integrity=sha384-C rel=preload type=application/wasm>"#,
            r#"<link rel="preload" href="/b.wasm" as="fetch" integrity="sha384-D" crossorigin>"#,
        );
        assert_eq!(
            without_ignored_integrity(html),
            concat!(
                r#"<link crossorigin href=/a.css integrity=sha384-A rel=stylesheet>"#,
                r#"<link crossorigin href=/a.js integrity=sha384-B rel=modulepreload>"#,
            )
        );
    }

    #[test]
    fn a_pin_line_is_an_integrity_value_then_the_file() {
        // SHA-384 of "abc" (FIPS 180-2's example), in base64.
        assert_eq!(
            super::sri_line("embed.js", b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn  embed.js\n"
        );
    }

    #[test]
    fn finds_inline_scripts_only() {
        let html = r#"<script src="/a.js"></script><script type="module">import x;</script><p>"#;
        assert_eq!(inline_scripts(html), vec!["import x;"]);
    }
}
