//! Recognizer throughput in bytes per second: the shipped sources, and the 2.7 MB German
//! news corpus from `../shared/corpora/` when it is present (`cargo bench`).

use std::sync::LazyLock;

use claimcheck::{scan, Lang};
use divan::counter::BytesCount;
use divan::Bencher;

fn main() {
    divan::main();
}

static SOURCES: LazyLock<String> = LazyLock::new(|| {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/sources");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files.iter().map(|f| std::fs::read_to_string(f).unwrap()).collect::<Vec<_>>().join("\n\n")
});

static CORPUS: LazyLock<Option<String>> = LazyLock::new(|| {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpora/10kgnad-test.csv")).ok()
});

#[divan::bench]
fn seeds(bencher: Bencher) {
    let text = SOURCES.as_str();
    bencher.counter(BytesCount::of_str(text)).bench(|| scan(divan::black_box(text), Lang::De, None));
}

#[divan::bench(sample_count = 10)]
fn german_news_corpus(bencher: Bencher) {
    let Some(text) = CORPUS.as_deref() else { return };
    bencher.counter(BytesCount::of_str(text)).bench(|| scan(divan::black_box(text), Lang::De, None));
}

/// The whole cross-check (extract, align, judge) on the corpus split into its 1,028
/// articles as sources: it must stay near-linear, not all-pairs.
#[divan::bench(sample_count = 3)]
fn check_corpus_as_dossier(bencher: Bencher) {
    let Some(text) = CORPUS.as_deref() else { return };
    let sources: Vec<claimcheck::source::Source> = text
        .lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let body = line.split_once(';')?.1.trim_matches('\'').to_string();
            claimcheck::source::Source::from_text(
                &format!("{i:04}"),
                std::path::Path::new("corpus"),
                body,
                Some(Lang::De),
            )
            .ok()
        })
        .collect();
    bencher.counter(BytesCount::of_str(text)).bench(|| {
        let claims: Vec<_> = claimcheck::claim::extract_all(&sources).into_iter().flatten().collect();
        claimcheck::verdict::judge_all(claimcheck::align::align(&claims, &Default::default()), &Default::default())
    });
}
