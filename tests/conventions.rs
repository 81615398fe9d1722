//! Conventions every command follows: colour, quiet and verbose, completions and the man
//! page, help with examples, the configuration file.

use std::path::PathBuf;

use assert_cmd::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The binary in the repository root, with no colour-related environment.
fn claimcheck() -> Command {
    let mut cmd = Command::cargo_bin("claimcheck").unwrap();
    cmd.current_dir(repo()).env("COLUMNS", "120").env_remove("NO_COLOR").env_remove("TERM");
    cmd
}

fn output(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn color_is_asked_for_or_left_out_the_same_way_everywhere() {
    let (_, table, _) = output(claimcheck().args(["check", "--color", "always"]));
    assert!(table.contains("\x1b["), "always colours");
    let (_, table, _) = output(claimcheck().args(["--color", "always", "check"]));
    assert!(table.contains("\x1b["), "the flag goes before or after the command");
    let (_, table, _) = output(claimcheck().args(["check", "--color", "never"]));
    assert!(!table.contains("\x1b["));
    // `auto` on a pipe, and with NO_COLOR or TERM=dumb: never.
    for env in [("NO_COLOR", "1"), ("TERM", "dumb"), ("CLAIMCHECK_UNUSED", "")] {
        let (_, table, _) = output(claimcheck().env(env.0, env.1).args(["check", "--color", "auto"]));
        assert!(!table.contains("\x1b["), "{env:?}");
    }
    // verify colours its diff the same way.
    let dir = tempfile::tempdir().unwrap();
    let (code, text, _) = output(claimcheck().args(["verify", "--color", "always", "--claims"]).arg(dir.path()));
    assert_eq!(code, 1);
    assert!(text.contains("\x1b[1m  ! no claims file"), "{text}");
}

#[test]
fn quiet_keeps_stderr_to_errors_and_verbose_says_more() {
    let (code, _, stderr) = output(claimcheck().args(["-q", "check"]));
    assert_eq!((code, stderr.as_str()), (0, ""));
    let (_, _, stderr) = output(claimcheck().args(["check", "--verbose"]));
    assert_eq!(stderr.lines().count(), 2, "{stderr}");
    assert!(stderr.contains(" claims; ") && stderr.contains(" facts"), "{stderr}");
    let (code, _, stderr) = output(claimcheck().args(["check", "-q", "-v"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("cannot be used with"), "{stderr}");
    // Errors still show when quiet.
    let (code, _, stderr) = output(claimcheck().args(["-q", "check", "no-such-folder"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("no-such-folder"));
}

#[test]
fn completions_man_page_and_help_with_examples() {
    for shell in ["bash", "zsh", "fish"] {
        let (code, script, _) = output(claimcheck().args(["completions", shell]));
        assert_eq!(code, 0, "{shell}");
        assert!(script.contains("write-baseline") && script.contains("claimreview"), "{shell}: flags and formats");
    }
    let (code, man, _) = output(claimcheck().arg("man"));
    assert_eq!(code, 0);
    assert!(man.contains(".TH claimcheck 1") && man.contains("check") && man.contains("Examples"), "{man}");
    let (_, again, _) = output(claimcheck().arg("man"));
    assert_eq!(man, again, "the page does not depend on the day");
    for args in [&["--help"][..], &["check", "--help"], &["scan", "--help"], &["verify", "--help"]] {
        let (code, help, _) = output(claimcheck().args(args));
        assert_eq!(code, 0);
        assert!(help.contains("Examples:\n  claimcheck "), "{args:?}: {help}");
    }
}

#[test]
fn a_config_file_sets_defaults_that_flags_override_and_unknown_keys_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let sources = dir.path().join("articles");
    std::fs::create_dir_all(&sources).unwrap();
    for e in std::fs::read_dir(repo().join("sources")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, sources.join(p.file_name().unwrap())).unwrap();
    }
    std::fs::copy(repo().join("tests/fixtures/en/wire_conflict.txt"), sources.join("wire_conflict.txt")).unwrap();
    let toml = "# the desk's settings\n[paths]\nsources = \"articles\"\n\n[check]\nformat = \"csv\"\nfail_on = [\"conflict\"]\n";
    std::fs::write(dir.path().join("claimcheck.toml"), toml).unwrap();
    let run = |args: &[&str]| {
        let mut cmd = Command::cargo_bin("claimcheck").unwrap();
        output(cmd.current_dir(dir.path()).env("NO_COLOR", "1").args(args))
    };
    let (code, csv, _) = run(&["check"]);
    assert_eq!(code, 1, "fail_on from the file: the wire copy conflicts");
    assert!(csv.starts_with("fact,verdict,label,"), "format from the file");
    let (code, json, _) = run(&["check", "--format", "json", "--fail-on", "single", "--exit-zero"]);
    assert_eq!(code, 2, "--exit-zero and --fail-on contradict each other");
    assert!(json.is_empty());
    let (code, json, _) = run(&["check", "--format", "json"]);
    assert_eq!(code, 1);
    assert!(json.starts_with('{'), "the flag wins over the file");
    // The alignment parameters are read: no difference is a conflict when none may differ.
    std::fs::write(
        dir.path().join("strict.toml"),
        "[align]\ndiffer_sim = 2.0\nmeasure_differ_sim = 2.0\nstory_free_sim = 2.0\n",
    )
    .unwrap();
    let (code, _, stderr) = run(&["--config", "strict.toml", "check", "articles", "--fail-on", "conflict"]);
    assert_eq!(code, 0, "{stderr}");
    // Unknown keys are errors at their place, for every command.
    std::fs::write(dir.path().join("claimcheck.toml"), "[check]\nformat = \"csv\"\nfial_on = [\"conflict\"]\n")
        .unwrap();
    let (code, _, stderr) = run(&["check"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("claimcheck.toml:3:1: unknown field `fial_on`"), "{stderr}");
    let (code, _, stderr) = run(&["--config", "missing.toml", "config"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("missing.toml"), "{stderr}");
}

#[test]
fn config_shows_the_defaults_in_effect() {
    let (code, text, _) = output(claimcheck().arg("config"));
    assert_eq!(code, 0);
    assert!(text.contains("[align]\ndiffer_sim = 0.25\n") && text.contains("[voices]\nwindow = 10\n"), "{text}");
    // What it prints is a configuration file that means the same.
    let config = claimcheck::config::Config::parse(&text, std::path::Path::new("printed.toml")).unwrap();
    assert_eq!(config.show_params(), claimcheck::config::Config::default().show_params());
}

#[test]
fn quiet_still_reports_unreadable_sources() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.txt"), b"Meta \xff zahlte").unwrap();
    std::fs::write(dir.path().join("good.txt"), "Meta zahlte 5 Euro.").unwrap();
    let (code, _, stderr) = output(claimcheck().args(["-q", "check"]).arg(dir.path()));
    assert_eq!(code, 2);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("bad.txt") && stderr.contains("not UTF-8"), "{stderr}");
}
