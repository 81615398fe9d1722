//! The `claimcheck` binary: parse arguments, run, map the outcome to an exit code.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

use claimcheck::cli::{run, Cli, Status};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (stdin, stdout, stderr) = (io::stdin(), io::stdout(), io::stderr());
    let mut out = io::BufWriter::new(stdout.lock());
    let result = run(cli, &mut stdin.lock(), &mut out, &mut stderr.lock()).and_then(|s| {
        out.flush()?;
        Ok(s)
    });
    match result {
        Ok(Status::Ok) => ExitCode::SUCCESS,
        Ok(Status::Failed) => ExitCode::from(1),
        Ok(Status::Error) => ExitCode::from(2),
        Err(e) => {
            // A closed pipe (`claimcheck scan | head`) is not a failure.
            if e.chain().any(|c| c.downcast_ref::<io::Error>().is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe))
            {
                return ExitCode::SUCCESS;
            }
            let _ = writeln!(io::stderr(), "claimcheck: {e:#}");
            ExitCode::from(2)
        }
    }
}
