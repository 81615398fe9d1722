//! The module boundaries of ARCHITECTURE.md, read from the source tree.
//!
//! `text` knows no language, `lang` knows only `text`, the recognizer (`quantity`) and
//! `text` know nothing of the later stages, and no file outside `src/lang` names a language.
//! Only code is read: comments (doc links may point anywhere) and the `#[cfg(test)]`
//! module at the bottom of a file are left out.

use std::fs;
use std::path::{Path, PathBuf};

/// Files that may still break a rule, with why. Remove a row once its file is fixed.
const ALLOWED: &[(&str, &str)] = &[];

/// The stages above the recognizer.
const LATER_STAGES: &[&str] = &["claim", "align", "verdict", "report", "store", "source", "cli", "compare", "voices"];

fn src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `dir`, as a path relative to the repository root and its code.
fn files(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut entries: Vec<PathBuf> = fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            out.extend(files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = fs::read_to_string(&path).unwrap();
            let rel = path.strip_prefix(src().parent().unwrap()).unwrap().to_string_lossy().replace('\\', "/");
            out.push((rel, code(&text)));
        }
    }
    out
}

/// The code of a file: without comment lines, and without what follows its first
/// `#[cfg(test)]` (unit tests stand at the bottom of their file).
fn code(text: &str) -> String {
    text.lines()
        .take_while(|l| l.trim() != "#[cfg(test)]")
        .filter(|l| !l.trim_start().starts_with("//"))
        .map(|l| l.split(" // ").next().unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
}

fn allowed(file: &str, what: &str) -> bool {
    ALLOWED.iter().any(|&(f, w)| f == file && what.starts_with(w))
}

/// The crate modules a file's code names (`crate::quantity::…` gives `quantity`).
fn crate_paths(code: &str) -> Vec<String> {
    code.match_indices("crate::")
        .map(|(i, m)| code[i + m.len()..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect())
        .collect()
}

/// The language variants a file's code names (`Lang::De`, `whatlang::Lang::Deu`), not
/// `Lang::ALL` or `Lang::FALLBACK`.
fn language_names(code: &str) -> Vec<String> {
    code.match_indices("Lang::")
        .filter(|(i, _)| !code[..*i].ends_with(|c: char| c.is_alphanumeric() || c == '_'))
        .map(|(i, m)| code[i + m.len()..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect::<String>())
        .filter(|v| v.chars().next().is_some_and(char::is_uppercase) && v.chars().any(char::is_lowercase))
        .collect()
}

#[test]
fn languages_build_only_on_text() {
    let mut broken = Vec::new();
    for (file, code) in files(&src().join("lang")) {
        for module in crate_paths(&code) {
            if !["lang", "text"].contains(&module.as_str()) && !allowed(&file, &format!("crate::{module}")) {
                broken.push(format!("{file}: crate::{module}"));
            }
        }
    }
    assert!(broken.is_empty(), "src/lang may use only crate::lang and crate::text:\n{}", broken.join("\n"));
}

#[test]
fn text_knows_no_language_and_the_recognizer_no_later_stage() {
    let mut broken = Vec::new();
    for (file, code) in files(&src().join("text")) {
        for module in crate_paths(&code) {
            if module != "text" {
                broken.push(format!("{file}: crate::{module}"));
            }
        }
    }
    for (file, code) in files(&src().join("quantity")) {
        for module in crate_paths(&code) {
            if LATER_STAGES.contains(&module.as_str()) {
                broken.push(format!("{file}: crate::{module}"));
            }
        }
    }
    assert!(broken.is_empty(), "a lower layer names a higher one:\n{}", broken.join("\n"));
}

#[test]
fn no_language_is_named_outside_src_lang() {
    let mut broken = Vec::new();
    for (file, code) in files(&src()) {
        if file.starts_with("src/lang/") {
            continue;
        }
        for variant in language_names(&code) {
            if !allowed(&file, "Lang::") {
                broken.push(format!("{file}: Lang::{variant}"));
            }
        }
    }
    assert!(broken.is_empty(), "the core asks a language's rules, never which language it is:\n{}", broken.join("\n"));
}

#[test]
fn every_language_has_the_same_files() {
    let lang = src().join("lang");
    let mut folders: Vec<PathBuf> =
        fs::read_dir(&lang).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    folders.sort();
    let names = |dir: &Path| {
        let mut n: Vec<String> =
            fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into()).collect();
        n.sort();
        n
    };
    let first = names(&folders[0]);
    for dir in &folders[1..] {
        assert_eq!(names(dir), first, "{} has other files than {}", dir.display(), folders[0].display());
    }
    // Each is registered on one line of `languages!`.
    let registry = fs::read_to_string(lang.join("mod.rs")).unwrap();
    for dir in &folders {
        let module = dir.file_name().unwrap().to_string_lossy().to_string();
        let registered = registry.lines().any(|l| l.split_whitespace().nth(1) == Some(module.as_str()));
        assert!(registered, "src/lang/{module} is not registered in `languages!`");
    }
}

#[test]
fn the_checks_see_what_they_look_for() {
    assert_eq!(crate_paths("use crate::quantity::tokens;\nlet x = crate::lang::Lang::De;"), ["quantity", "lang"]);
    assert_eq!(
        language_names("Lang::De, Lang::ALL, Lang::FALLBACK, whatlang::Lang::Deu, Lang::En"),
        ["De", "Deu", "En"]
    );
    assert_eq!(code("use a;\n// crate::claim\n#[cfg(test)]\nmod tests { crate::claim }"), "use a;");
}
