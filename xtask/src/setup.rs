//! Installs what is missing, from the package registries only; checks and skips what is there.
//! Where it cannot install something (not Debian, not root, no registry), it says exactly what to
//! install by hand and stops.

use std::path::Path;
use std::process::Command;
use std::{env, fs};

use crate::{sh, which, Result, Tools, GECKODRIVER_VERSION, TRUNK_VERSION, WASM_OPT_VERSION};

pub fn ensure_all() -> Result<Tools> {
    println!("== setup: checking tools");
    let home = env::var("CARGO_HOME")
        .map(Into::into)
        .unwrap_or_else(|_| Path::new(&env::var("HOME").unwrap_or_default()).join(".cargo"));
    let e2e_dir = env::current_dir().map_err(|e| e.to_string())?.join("tests/e2e");
    let path = env::join_paths(
        [e2e_dir.join("node_modules/.bin"), home.join("bin")]
            .into_iter()
            .chain(env::split_paths(&env::var("PATH").unwrap_or_default())),
    )
    .map_err(|e| e.to_string())?
    .to_string_lossy()
    .into_owned();
    // Later look-ups (which) and child processes see the same PATH.
    env::set_var("PATH", &path);
    let tools = Tools { path, e2e_dir };

    ensure_debian_packages()?;
    ensure_wasm_target(&tools)?;
    ensure_lint_tools(&tools)?;
    let bindgen = wasm_bindgen_version()?;
    ensure_cargo_tool(
        &tools,
        "trunk",
        TRUNK_VERSION,
        &["install", "trunk", "--version", TRUNK_VERSION, "--locked", "--ignore-rust-version"],
    )?;
    // No --locked: the CLI's lock file names a crate version the registry no longer has.
    ensure_cargo_tool(&tools, "wasm-bindgen", &bindgen, &["install", "wasm-bindgen-cli", "--version", &bindgen])?;
    // The second engine's driver, for wasm-bindgen-test in Firefox (see toolchain notes in README).
    ensure_cargo_tool(
        &tools,
        "geckodriver",
        GECKODRIVER_VERSION,
        &["install", "geckodriver", "--version", GECKODRIVER_VERSION, "--locked"],
    )?;
    ensure_npm_packages(&tools)?;
    let opt = version_of(&tools, "wasm-opt").unwrap_or_default();
    if !opt.contains(WASM_OPT_VERSION) {
        return Err(format!(
            "wasm-opt {WASM_OPT_VERSION} expected from npm binaryen in tests/e2e/node_modules, found {opt:?}. \
             Run `npm ci` in tests/e2e by hand and check its output."
        ));
    }
    println!(
        "setup: all tools present (trunk {TRUNK_VERSION}, wasm-bindgen {bindgen}, wasm-opt {WASM_OPT_VERSION}, \
         geckodriver {GECKODRIVER_VERSION}, chromium, firefox-esr, node)"
    );
    Ok(tools)
}

fn version_of(tools: &Tools, program: &str) -> Option<String> {
    let out = tools.cmd(program).arg("--version").output().ok()?;
    Some(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// Chromium, ChromeDriver, Firefox ESR and Node from Debian when missing.
fn ensure_debian_packages() -> Result {
    let mut missing = Vec::new();
    if which("chromium").is_none() {
        missing.push("chromium");
    }
    if which("chromedriver").is_none() {
        missing.push("chromium-driver");
    }
    if which("firefox-esr").is_none() {
        missing.push("firefox-esr");
    }
    if which("node").is_none() {
        missing.push("nodejs");
    }
    if which("npm").is_none() {
        missing.push("npm");
    }
    if missing.is_empty() {
        return Ok(());
    }
    let by_hand = format!(
        "missing: {}. Install them by hand, then run this again. On Debian or Ubuntu: \
         `sudo apt-get update && sudo apt-get install -y {}`. Elsewhere: Chromium and a matching \
         ChromeDriver on PATH as `chromium` and `chromedriver`, Firefox ESR as `firefox-esr`, and \
         Node.js 20 or later with npm.",
        missing.join(", "),
        missing.join(" ")
    );
    let debian = Path::new("/etc/debian_version").exists() && which("apt-get").is_some();
    let root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    if !debian || !root {
        return Err(format!("{by_hand}\n(setup installs these itself only on Debian as root)"));
    }
    sh(Command::new("apt-get").args(["update", "-qq"])).map_err(|e| format!("{e}\n{by_hand}"))?;
    sh(Command::new("apt-get").args(["install", "-y", "-qq"]).args(&missing).env("DEBIAN_FRONTEND", "noninteractive"))
        .map_err(|e| format!("{e}\n{by_hand}"))
}

fn ensure_wasm_target(tools: &Tools) -> Result {
    let installed = tools.cmd("rustup").args(["target", "list", "--installed"]).output();
    match installed {
        Ok(out) if String::from_utf8_lossy(&out.stdout).contains("wasm32-unknown-unknown") => Ok(()),
        Ok(_) => sh(tools.cmd("rustup").args(["target", "add", "wasm32-unknown-unknown"])),
        Err(_) => {
            Err("rustup not found: install the wasm32-unknown-unknown target for your Rust toolchain by hand".into())
        }
    }
}

/// rustfmt and clippy, for the test command's lint layer.
fn ensure_lint_tools(tools: &Tools) -> Result {
    let installed = tools.cmd("rustup").args(["component", "list", "--installed"]).output();
    let have =
        |out: &std::process::Output, c: &str| String::from_utf8_lossy(&out.stdout).lines().any(|l| l.starts_with(c));
    match installed {
        Ok(out) => {
            for c in ["rustfmt", "clippy"] {
                if !have(&out, c) {
                    sh(tools.cmd("rustup").args(["component", "add", c]))?;
                }
            }
            Ok(())
        }
        Err(_) => Err("rustup not found: install rustfmt and clippy for your Rust toolchain by hand".into()),
    }
}

/// The exact wasm-bindgen version in Cargo.lock (the CLI must equal it).
fn wasm_bindgen_version() -> Result<String> {
    let lock = fs::read_to_string("Cargo.lock").map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_string());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen entry".into())
}

fn ensure_cargo_tool(tools: &Tools, program: &str, version: &str, install: &[&str]) -> Result {
    let found = version_of(tools, program).unwrap_or_default();
    if found.split_whitespace().any(|w| w == version) {
        return Ok(());
    }
    println!(
        "setup: {program} {version} not found (have: {found:?}); installing from the Rust registry (trunk takes ~20 min once)"
    );
    sh(tools.cmd("cargo").args(install)).map_err(|e| {
        format!(
            "{e}\nInstall it by hand: `cargo {}` (needs the Rust registry), then run this again.",
            install.join(" ")
        )
    })
}

/// `npm ci` in tests/e2e when node_modules is missing or older than package-lock.json.
fn ensure_npm_packages(tools: &Tools) -> Result {
    npm_ci(tools, &tools.e2e_dir)
}

/// `npm ci` in `dir` when its node_modules is missing or older than its package-lock.json.
pub fn npm_ci(tools: &Tools, dir: &Path) -> Result {
    let lock = dir.join("package-lock.json");
    let stamp = dir.join("node_modules/.package-lock.json");
    let modified = |p: &Path| fs::metadata(p).and_then(|m| m.modified()).ok();
    if let (Some(l), Some(s)) = (modified(&lock), modified(&stamp)) {
        if s >= l {
            return Ok(());
        }
    }
    let mut cmd = tools.cmd("npm");
    cmd.current_dir(dir).args(["ci", "--no-audit", "--no-fund"]);
    sh(&mut cmd).map_err(|e| format!("{e}\nRun `npm ci` in {} by hand (needs the npm registry).", dir.display()))
}
