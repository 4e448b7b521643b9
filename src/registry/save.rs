//! Saving: the registry written to data files, atomically and without lost updates.

use std::path::Path;

use super::Registry;
use crate::error::Error;
use crate::files::decode::Format;
use crate::files::encode::{self, FileRef};
use crate::files::save::{self, Fingerprint};

impl Registry {
    /// The whole registry as TOML: areas, organizations, statements.
    pub fn to_toml_string(&self) -> String {
        encode::to_toml(&self.file_ref(true, true))
    }

    /// The whole registry as JSON.
    pub fn to_json_string(&self) -> String {
        encode::to_json(&self.file_ref(true, true))
    }

    fn file_ref(&self, orgs: bool, statements: bool) -> FileRef<'_> {
        FileRef {
            area: if orgs { &self.areas } else { &[] },
            organization: if orgs { &self.organizations } else { &[] },
            statement: if statements { &self.statements } else { &[] },
        }
    }

    fn save_ref(&self, path: &Path, file: &FileRef<'_>) -> Result<(), Error> {
        let text = match Format::from_path(path) {
            Some(Format::Toml) => encode::to_toml(file),
            Some(Format::Json) => encode::to_json(file),
            None => {
                return Err(Error::UnknownFormat {
                    path: path.to_path_buf(),
                });
            }
        };
        let key = save::key(&save::resolve(path)?);
        let expected = self
            .files
            .lock()
            .ok()
            .and_then(|files| files.get(&key).copied());
        // Over the TOML file it was loaded from, only what changed is rewritten: comments and
        // layout of everything else stay (the file is the one loaded: `expected` is checked
        // again under the save's lock).
        let text = match (Format::from_path(path), expected) {
            (Some(Format::Toml), Some(fingerprint)) => match std::fs::read(&key) {
                Ok(old) if Fingerprint::of(&old) == fingerprint => std::str::from_utf8(&old)
                    .ok()
                    .and_then(|old| crate::files::preserve::merge(old, &text))
                    .unwrap_or(text),
                _ => text,
            },
            _ => text,
        };
        if text.len() as u64 > self.max_file_bytes {
            return Err(Error::FileTooLarge {
                path: path.to_path_buf(),
                size: text.len() as u64,
                limit: self.max_file_bytes,
            });
        }
        let written = save::write_atomic(path, text.as_bytes(), expected)?;
        if let Ok(mut files) = self.files.lock() {
            files.insert(save::key(&key), written);
        }
        Ok(())
    }

    /// Saves the whole registry to one file, in the format its extension names.
    ///
    /// The save is atomic (readers see the old file or the new one), holds an advisory lock on
    /// the folder while it checks and replaces the file, writes through a symbolic link to its
    /// target, and keeps the file's mode and owner. When this registry loaded (or last saved)
    /// the file and it has changed since, nothing is written: [`Error::Conflict`].
    ///
    /// # Errors
    /// [`Error::UnknownFormat`], [`Error::Conflict`], [`Error::FileTooLarge`] (the file would
    /// be larger than [`Registry::max_file_bytes`]), or [`Error::Io`]; the old file is then left
    /// intact.
    pub fn save(&self, path: impl AsRef<Path>) -> Result<(), Error> {
        self.save_ref(path.as_ref(), &self.file_ref(true, true))
    }

    /// Saves areas and organizations only (the registry file of a registry + statements pair).
    ///
    /// # Errors
    /// As [`Registry::save`].
    pub fn save_organizations(&self, path: impl AsRef<Path>) -> Result<(), Error> {
        self.save_ref(path.as_ref(), &self.file_ref(true, false))
    }

    /// Saves statements only.
    ///
    /// # Errors
    /// As [`Registry::save`].
    pub fn save_statements(&self, path: impl AsRef<Path>) -> Result<(), Error> {
        self.save_ref(path.as_ref(), &self.file_ref(false, true))
    }
}
