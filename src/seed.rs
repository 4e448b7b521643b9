//! The bundled seed dataset: the 31 signatories of the ICOR resolution "Solidarity with the
//! struggle of the Peruvian people" of 7 February 2023, compiled into the crate from
//! `examples/data/`.

use crate::error::Error;
use crate::files::decode::Format;
use crate::registry::Registry;

/// The seed registry file (`examples/data/registry.toml`).
///
/// ```
/// let registry = signatories::Registry::from_toml_str(signatories::seed::REGISTRY_TOML, "registry.toml")?;
/// assert_eq!((registry.organizations().len(), registry.statements().len()), (31, 0));
/// # Ok::<(), signatories::Error>(())
/// ```
pub const REGISTRY_TOML: &str = include_str!("../examples/data/registry.toml");
/// The seed statement file (`examples/data/icor-2023-02-07-peru-solidarity.toml`).
///
/// ```
/// use signatories::{Registry, seed};
/// let mut registry = Registry::from_toml_str(seed::REGISTRY_TOML, "registry.toml")?;
/// registry.add_str(seed::STATEMENT_TOML, signatories::Format::Toml, "statement.toml")?;
/// assert_eq!(registry.statements().len(), 1);
/// # Ok::<(), signatories::Error>(())
/// ```
pub const STATEMENT_TOML: &str =
    include_str!("../examples/data/icor-2023-02-07-peru-solidarity.toml");
/// The id of the seed statement.
///
/// ```
/// let registry = signatories::seed::registry()?;
/// assert!(registry.statement(signatories::seed::STATEMENT_ID).is_some());
/// # Ok::<(), signatories::Error>(())
/// ```
pub const STATEMENT_ID: &str = "icor-2023-02-07-peru-solidarity";

/// The seed registry with its statement.
///
/// ```
/// let registry = signatories::seed::registry()?;
/// assert_eq!(registry.organizations().len(), 31);
/// # Ok::<(), signatories::Error>(())
/// ```
///
/// # Errors
/// None in practice: the bundled files are tested to load clean.
pub fn registry() -> Result<Registry, Error> {
    let mut r = Registry::new();
    r.add_str(REGISTRY_TOML, Format::Toml, "examples/data/registry.toml")?;
    r.add_str(
        STATEMENT_TOML,
        Format::Toml,
        "examples/data/icor-2023-02-07-peru-solidarity.toml",
    )?;
    Ok(r)
}
