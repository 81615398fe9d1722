#![allow(clippy::print_stderr)] // The browser test says when it skips and where its screenshots are.

//! `check --format html` in a real browser: the page of the shipped sources and of a hostile
//! source (script tags, entities, right-to-left text, a 5,000-character sentence) is loaded
//! in headless Chromium; the DOM it builds must hold the facts and the links both ways, and
//! nothing the sources say may have run. Screenshots (laptop and phone width) are saved
//! under `target/tmp/html-report/` for a person to look at.
//!
//! Without a browser the test says so and passes; `.ci/run` installs one, so CI always runs it.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command as Process;

use assert_cmd::Command;
use serde_json::Value;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn out_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("html-report");
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// `check ARGS PATHS` from the repository root: its standard output.
fn check(args: &[&str], paths: &[&Path]) -> String {
    let out = Command::cargo_bin("claimcheck")
        .unwrap()
        .current_dir(repo())
        .env("NO_COLOR", "1")
        .arg("check")
        .args(args)
        .args(paths)
        .assert()
        .success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

/// The claims the page shows (those of facts that are not incidental), from the JSON report.
fn shown_claims(paths: &[&Path]) -> (usize, Vec<String>) {
    let report: Value = serde_json::from_str(&check(&["--format", "json"], paths)).unwrap();
    let facts: Vec<&Value> =
        report["facts"].as_array().unwrap().iter().filter(|f| f["incidental"] == Value::Bool(false)).collect();
    let claims = facts
        .iter()
        .flat_map(|f| f["claims"].as_array().unwrap())
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect();
    (facts.len(), claims)
}

/// A headless Chromium, if one is installed (`CHROMIUM` names another).
fn browser() -> Option<PathBuf> {
    let candidates = std::env::var("CHROMIUM")
        .into_iter()
        .chain(["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"].into_iter().map(String::from));
    for name in candidates {
        let ok = Process::new(&name).arg("--version").output().is_ok_and(|o| o.status.success());
        if ok {
            return Some(PathBuf::from(name));
        }
    }
    None
}

/// Loads `page` in the browser: the DOM after loading, and a screenshot at `width`.
fn load(browser: &Path, page: &Path, width: u32, screenshot: &Path) -> String {
    let profile = tempfile::tempdir().unwrap();
    let url = format!("file://{}", page.display());
    let common = |cmd: &mut Process| {
        cmd.args(["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions"])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("--virtual-time-budget=2000");
    };
    let mut dump = Process::new(browser);
    common(&mut dump);
    let dom = dump.arg("--dump-dom").arg(&url).output().unwrap();
    assert!(dom.status.success(), "{}", String::from_utf8_lossy(&dom.stderr));
    let mut shot = Process::new(browser);
    common(&mut shot);
    let png = shot
        .arg(format!("--screenshot={}", screenshot.display()))
        .arg(format!("--window-size={width},1800"))
        .arg(&url)
        .output()
        .unwrap();
    assert!(png.status.success() && screenshot.exists(), "{}", String::from_utf8_lossy(&png.stderr));
    String::from_utf8(dom.stdout).unwrap()
}

/// The hostile dossier: a source that tries to run script and break out of the markup, in
/// front matter and body, with right-to-left text and a 5,000-character sentence; and a
/// plain source that contradicts one of its figures.
fn hostile_dossier(dir: &Path) {
    // No-break spaces too: an excerpt must cut between characters, not inside one.
    let long: String = "und\u{a0}weiter ".repeat(450);
    let text = format!(
        "---\n\
         title: <script>document.title='PWNED'</script> \"Quotes\" & <b>bold</b>\n\
         outlet: Evil & Co </textarea><img src=x onerror=\"document.body.dataset.pwned=1\">\n\
         url: javascript:document.body.dataset.pwned=1\n\
         date: 2025-07-01\n\
         lang: de\n\
         ---\n\
         Meta zahlte 14,3 Milliarden Dollar für einen Anteil an Scale AI.<script>document.body.setAttribute('data-pwned','yes')</script>\n\n\
         Ein Zitat: </textarea></title><style>body{{display:none}}</style> &amp; &lt;b&gt; &#x3C;script&#x3E; \"AT&T\".\n\n\
         שלום עולם: Meta hält 49 Prozent an Scale AI, مرحبا بالعالم.\n\n\
         Der lange Satz beginnt {long}und nennt 1,3 Millionen GPUs am Ende.\n"
    );
    assert!(text.lines().any(|l| l.len() > 5000), "the long sentence is long");
    fs::write(dir.join("hostile.txt"), text).unwrap();
    fs::write(
        dir.join("plain.txt"),
        "---\ntitle: A plain report\noutlet: Plain Wire\ndate: 2025-07-01\nurl: https://example.com/plain\nlang: en\n---\n\
         Meta paid $16.3 billion for a stake in Scale AI.\n",
    )
    .unwrap();
}

/// What every page must satisfy in the browser's DOM.
fn assert_dom(dom: &str, facts: usize, claims: &[String]) {
    assert_eq!(dom.matches("<article class=\"fact ").count(), facts, "one article per fact shown");
    for id in claims {
        // From the claim to its place in the text, and back.
        assert!(dom.contains(&format!("<li id=\"claim-{id}\"")), "claim {id} listed");
        assert!(dom.contains(&format!("href=\"#at-{id}\"")), "claim {id} links to the text");
        assert!(dom.contains(&format!("id=\"at-{id}\" href=\"#claim-{id}\"")), "figure {id} links back");
    }
    assert!(!dom.contains("<script"), "no script element in the DOM");
    // The payloads would set `data-pwned` on the body or change the title.
    assert!(dom.contains("<body>"), "nothing from the sources ran: the body has no attribute");
    assert!(!dom.contains("PWNED</title>"), "nothing from the sources ran: the title");
    assert!(dom.contains("<title>Cross-check report</title>"), "the title is untouched");
}

#[test]
fn the_html_report_renders_in_a_browser_with_facts_links_and_no_script() {
    let out = out_dir();
    let shipped_page = out.join("shipped.html");
    check(&["--format", "html", "--output", shipped_page.to_str().unwrap()], &[]);
    let dossier = tempfile::tempdir().unwrap();
    hostile_dossier(dossier.path());
    let hostile_page = out.join("hostile.html");
    check(&["--format", "html", "--output", hostile_page.to_str().unwrap()], &[dossier.path()]);

    // The markup itself, browser or not: escaped text, no javascript: link.
    let html = fs::read_to_string(&hostile_page).unwrap();
    assert!(!html.contains("<script") && !html.contains("<img") && !html.contains("</textarea>"), "escaped");
    assert!(html.contains("&lt;script&gt;document.body.setAttribute"), "shown as text");
    assert!(!html.contains("href=\"javascript:"), "no javascript: link");
    assert!(html.contains("href=\"https://example.com/plain\""), "a web URL is a link");

    let Some(browser) = browser() else {
        eprintln!(
            "\n*** SKIPPED: no Chromium found (chromium, chromium-browser, google-chrome or $CHROMIUM); \
             .ci/run installs it: apt-get install chromium ***\n"
        );
        return;
    };
    let (facts, claims) = shown_claims(&[]);
    let dom = load(&browser, &shipped_page, 1280, &out.join("shipped.png"));
    assert_dom(&dom, facts, &claims);
    assert!(dom.contains("14,3 Milliarden US-Dollar") && dom.contains("agree"), "the shipped facts");

    let (facts, claims) = shown_claims(&[dossier.path()]);
    assert!(claims.len() >= 4, "{claims:?}");
    let dom = load(&browser, &hostile_page, 390, &out.join("hostile-phone.png"));
    assert_dom(&dom, facts, &claims);
    // The sources' markup arrives as text.
    assert!(dom.contains("&lt;script&gt;document.body.setAttribute('data-pwned','yes')&lt;/script&gt;"));
    assert!(dom.contains("&lt;/textarea&gt;&lt;/title&gt;&lt;style&gt;"));
    assert!(dom.contains("&amp;amp; &amp;lt;b&amp;gt;"), "entities stay as written");
    assert!(dom.contains("שלום עולם") && dom.contains("مرحبا بالعالم"), "right-to-left text kept");
    assert!(dom.contains("conflict"), "the contradicted investment is a conflict");
    let _ = load(&browser, &hostile_page, 1280, &out.join("hostile.png"));
    eprintln!("screenshots: {}", out.display());
}
