//! The examples' command lines, read one way (each example includes this file with
//! `#[path = "common/args.rs"] mod args;`):
//!
//! - options are `--name`, `--name VALUE` or `--name=VALUE`, and `-h`; anything else is an
//!   operand, as are `-` (standard input) and every argument after `--`;
//! - `-h` or `--help` prints the example's help on standard output and exits with status 0;
//! - a bad argument prints one line on standard error (`audit: unknown option --x (audit
//!   --help explains the options)`) and exits with status 2;
//! - a closed standard output (`| head -1`) ends the program quietly, as it ends `cat`: the
//!   default action of SIGPIPE is restored before anything is written.

// Each example uses the part of this helper it needs.
#![allow(dead_code)]

use std::fmt::Display;
use std::str::FromStr;

/// One argument of the command line.
pub enum Arg<'a> {
    /// An option, as written before any `=` (`--registry`, `-x`).
    Flag(&'a str),
    /// An operand (a file, a query, a word of a command).
    Operand(String),
}

/// The arguments of the running program, read one at a time.
pub struct Args {
    name: &'static str,
    help: &'static str,
    rest: std::vec::IntoIter<String>,
    /// The option last read, for its value and for messages.
    flag: String,
    /// The value written after `=` in the option last read, not yet taken.
    inline: Option<String>,
    /// After `--`: every argument is an operand.
    operands_only: bool,
}

impl Args {
    /// The program's arguments, for the example `name` whose `--help` prints `help`.
    pub fn from_env(name: &'static str, help: &'static str) -> Self {
        #[cfg(unix)]
        // SAFETY: sets the default action of SIGPIPE before any thread is started or output
        // written; no other code of the program is running.
        unsafe {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        }
        Args {
            name,
            help,
            rest: std::env::args().skip(1).collect::<Vec<_>>().into_iter(),
            flag: String::new(),
            inline: None,
            operands_only: false,
        }
    }

    /// The next argument, or none at the end. Help asked for is printed here, and the program
    /// ends.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Option<Arg<'_>> {
        if let Some(v) = self.inline.take() {
            self.fail(format_args!("{} takes no value, given {v:?}", self.flag));
        }
        let a = self.rest.next()?;
        if self.operands_only || a == "-" || !a.starts_with('-') {
            return Some(Arg::Operand(a));
        }
        if a == "--" {
            self.operands_only = true;
            return self.next();
        }
        if a == "-h" || a == "--help" {
            println!("{}", self.help);
            std::process::exit(0);
        }
        match a.split_once('=') {
            Some((flag, value)) if a.starts_with("--") => {
                self.flag = flag.to_owned();
                self.inline = Some(value.to_owned());
            }
            _ => self.flag = a,
        }
        Some(Arg::Flag(&self.flag))
    }

    /// The value of the option last read: what follows its `=`, else the next argument.
    pub fn value(&mut self) -> String {
        match self.inline.take().or_else(|| self.rest.next()) {
            Some(v) => v,
            None => self.fail(format_args!("{} needs a value", self.flag)),
        }
    }

    /// The value of the option last read, if it has one: what follows its `=`, else the next
    /// argument unless that is an option.
    pub fn optional_value(&mut self) -> Option<String> {
        if let Some(v) = self.inline.take() {
            return Some(v);
        }
        match self.rest.as_slice().first() {
            Some(next) if next == "-" || !next.starts_with('-') => self.rest.next(),
            _ => None,
        }
    }

    /// The value of the option last read, parsed; a value that does not parse is a bad
    /// argument, said with the parser's message.
    pub fn parsed<T: FromStr<Err: Display>>(&mut self) -> T {
        let v = self.value();
        v.parse()
            .unwrap_or_else(|e| self.fail(format_args!("{} {v:?}: {e}", self.flag)))
    }

    /// Ends the program for the option last read, which it does not know.
    pub fn unknown(&self) -> ! {
        self.fail(format_args!("unknown option {}", self.flag))
    }

    /// Ends the program for a bad command line: `message` in one line on standard error,
    /// exit status 2.
    pub fn fail(&self, message: impl Display) -> ! {
        fail(self.name, message)
    }
}

/// Ends the example `name` for a bad command line: `message` in one line on standard error
/// (a message of several lines is joined into one), exit status 2.
pub fn fail(name: &str, message: impl Display) -> ! {
    let message = message.to_string();
    let line: Vec<&str> = message.lines().map(str::trim).collect();
    eprintln!(
        "{name}: {} ({name} --help explains the options)",
        line.join(" ")
    );
    std::process::exit(2)
}

/// The exit status of an example whose work ended with `outcome`: its own status, or, for an
/// error, the message on standard error after "error: " and status 2.
pub fn exit_status(outcome: Result<std::process::ExitCode, String>) -> std::process::ExitCode {
    outcome.unwrap_or_else(|msg| {
        eprintln!("error: {msg}");
        std::process::ExitCode::from(2)
    })
}
