//! Checks across records and files — duplicate ids, references to areas and organizations,
//! acronyms used twice in one country — and the spoofing policy (UTS #39 look-alikes among
//! organizations and in printed overrides), with their places in the files.

use crate::FastMap as HashMap;

use super::Registry;
use super::digests::TextDigests;
use super::load::Incoming;
use crate::digest::DigestMap;
use crate::error::Pos;
use crate::error::ProblemKind;
use crate::files::decode::{Decoded, Findings, Severity};
use crate::organization::Organization;

impl Registry {
    /// The checks across records and files: duplicate ids, acronyms used twice in a country,
    /// references to areas and organizations.
    pub(super) fn link(
        &self,
        decoded: &[Decoded],
        digests: &[TextDigests],
        reps: &mut [Findings],
    ) -> DigestMap<u32> {
        // The maps of ids are gone before the map of acronyms is built: each is large at
        // scale, and the two are never needed together.
        self.check_ids(decoded, reps);
        let acronyms = self.check_acronyms(decoded, digests, reps);
        self.check_printed_overrides(decoded, reps);
        acronyms
    }

    /// Duplicate ids, and references to areas and organizations that no record defines.
    fn check_ids(&self, decoded: &[Decoded], reps: &mut [Findings]) {
        let mut area_ids: HashMap<&str, (usize, u32)> = HashMap::default();
        let mut org_ids: HashMap<&str, (usize, u32)> = HashMap::default();
        let mut statement_ids: HashMap<&str, (usize, u32)> = HashMap::default();
        // Room for every id at once: a map grown by doubling holds its old table beside the
        // new one while it grows.
        org_ids.reserve(
            decoded
                .iter()
                .map(|d| d.organizations.len() + d.refs.org_ids.len())
                .sum(),
        );
        // Ids and references of every record, valid or not: one pass reports them all.
        for (kind, index, ids) in [
            ("area", &self.area_index, &mut area_ids),
            ("organization", &self.org_index, &mut org_ids),
            ("statement", &self.statement_index, &mut statement_ids),
        ] {
            for (source, d) in decoded.iter().enumerate() {
                let list: Box<dyn Iterator<Item = (&str, Pos)>> = match kind {
                    "area" => Box::new(d.refs.area_ids.iter().map(|(i, at)| (i.as_str(), *at))),
                    "organization" => Box::new(d.org_ids()),
                    _ => Box::new(d.refs.statement_ids.iter().map(|(i, at)| (i.as_str(), *at))),
                };
                for (id, at) in list {
                    check_unique(kind, id, at, (source, reps), index.contains_key(id), ids);
                }
            }
        }
        for (d, rep) in decoded.iter().zip(reps.iter_mut()) {
            for (a, at) in &d.refs.area_refs {
                if !self.area_index.contains_key(a) && !area_ids.contains_key(a.as_str()) {
                    rep.note(
                        Severity::Problem,
                        *at,
                        ProblemKind::UnknownArea,
                        "unknown area (no [[area]] has this id)",
                        a,
                    );
                }
            }
            for (o, at) in &d.refs.org_refs {
                if !self.org_index.contains_key(o) && !org_ids.contains_key(o.as_str()) {
                    rep.note(
                        Severity::Problem,
                        *at,
                        ProblemKind::UnknownOrganization,
                        "statement entry names no organization of the registry",
                        o,
                    );
                }
            }
        }
    }

    /// Acronyms used by two organizations in one country (valid organizations only: an
    /// acronym of a record with problems has no settled countries). Returns the new
    /// organizations' acronyms by country, as the registry's acronym index holds them.
    fn check_acronyms(
        &self,
        decoded: &[Decoded],
        digests: &[TextDigests],
        reps: &mut [Findings],
    ) -> DigestMap<u32> {
        // Acronyms of organizations new in these sources, by the digest of (country, key),
        // as places in the registry to be. The registry's own are in `self.acronyms`.
        let incoming = Incoming::new(self.organizations.len(), decoded);
        let mut fresh: DigestMap<u32> = DigestMap::default();
        // Room for every (country, acronym) at once: the map never holds two tables.
        fresh.reserve(acronyms_by_country(decoded));
        for (si, (d, rep)) in decoded.iter().zip(reps.iter_mut()).enumerate() {
            let digests = digests.get(si);
            for (i, o) in d.organizations.iter().enumerate() {
                let id_span = d.spans.org_id(i);
                let keys = digests.map(|d| d.keys(i)).unwrap_or_default();
                for (j, a) in o.acronyms.iter().enumerate() {
                    // The key itself is only needed to check what a digest leads to.
                    let key = std::cell::OnceCell::new();
                    let key = || key.get_or_init(|| self.lookup.key(&a.text));
                    let digest = match keys.get(j) {
                        Some(&k) => k,
                        None => self.lookup.digest_key(key()),
                    };
                    let span = d.spans.org_acronym(i, j).unwrap_or(id_span);
                    for p in &o.countries {
                        let d = self.acronym_digest(p, digest);
                        // Digests match; the places and keys themselves are compared.
                        let holds = |other: &&Organization| {
                            other.countries.contains(p)
                                && other
                                    .acronyms
                                    .iter()
                                    .any(|x| self.lookup.key(&x.text) == *key())
                        };
                        let known = self
                            .acronyms
                            .get(d)
                            .iter()
                            .filter_map(|&k| self.organizations.get(k as usize))
                            .find(holds)
                            .or_else(|| {
                                fresh
                                    .get(d)
                                    .iter()
                                    .filter_map(|&k| incoming.get(k as usize))
                                    .find(holds)
                            })
                            .map(|other| &other.id);
                        match known {
                            Some(other) if *other != o.id => {
                                rep.note(
                        Severity::Problem,
                                    span,
                                    ProblemKind::DuplicateAcronym,
                                    format!(
                                        "acronym used twice in one country ({}; also organization {other:?})",
                                        p.as_str()
                                    ),
                                    &a.text,
                                );
                            }
                            Some(_) => {}
                            None => {
                                if let Some(at) = incoming.place(si, i) {
                                    fresh.insert(d, at, |held| held.binary_search(&at).err());
                                }
                            }
                        }
                    }
                }
            }
        }
        fresh
    }

    /// Printed overrides that look like their organization's own texts (UTS #39).
    fn check_printed_overrides(&self, decoded: &[Decoded], reps: &mut [Findings]) {
        // The new organizations by id, only if a statement prints an override.
        let new_orgs = std::cell::OnceCell::new();
        let new_orgs = || -> &HashMap<&str, &Organization> {
            new_orgs.get_or_init(|| {
                decoded
                    .iter()
                    .flat_map(|d| &d.organizations)
                    .map(|o| (o.id.as_str(), o))
                    .collect()
            })
        };
        for (d, rep) in decoded.iter().zip(reps.iter_mut()) {
            for (i, s) in d.statements.iter().enumerate() {
                for (j, e) in s.entries().enumerate() {
                    let printed_span = d
                        .spans
                        .entry_printed
                        .get(i)
                        .and_then(|p| p.get(j))
                        .and_then(Option::as_ref);
                    if let (Some(printed), Some(&span)) = (&e.printed, printed_span) {
                        let org = self
                            .organization(&e.org)
                            .or_else(|| new_orgs().get(e.org.as_str()).copied());
                        if let Some(org) = org {
                            check_printed(org, printed, span, rep);
                        }
                    }
                }
            }
        }
    }

    /// UTS #39 checks of new organizations: texts that look like another organization's (the
    /// same skeleton, a different text), from the skeleton digests in `digests`. Warnings only.
    /// Returns the new organizations' texts by skeleton, as the registry's skeleton index
    /// holds them.
    pub(super) fn check_spoofing(
        &self,
        decoded: &[Decoded],
        digests: &[TextDigests],
        reps: &mut [Findings],
    ) -> DigestMap<(u32, u16)> {
        // Texts of organizations new in these sources, by skeleton: (the organization's place
        // in the registry to be, text), distinct texts only, referring to the decoded records
        // rather than copying.
        let incoming = Incoming::new(self.organizations.len(), decoded);
        let mut fresh: DigestMap<(u32, u16)> = DigestMap::default();
        fresh.reserve(digests.iter().map(TextDigests::distinct_skeletons).sum());
        let text_of = |(o, t): (u32, u16)| -> Option<(&str, &str)> {
            let org = incoming.get(o as usize)?;
            Some((org.id.as_str(), org.text_at(usize::from(t))?))
        };
        for (si, (d, rep)) in decoded.iter().zip(reps.iter_mut()).enumerate() {
            for (i, o) in d.organizations.iter().enumerate() {
                let id_span = d.spans.org_id(i);
                let kinds = std::iter::repeat_n("acronym", o.acronyms.len())
                    .chain(std::iter::repeat_n("name", o.names.len()));
                let sks = digests.get(si).map(|d| d.skeletons(i));
                for (k, (what, text)) in kinds.zip(o.texts()).enumerate() {
                    let span = d.spans.org_text(i, k).unwrap_or(id_span);
                    let Some(sk) = sks.and_then(|s| s.get(k)) else {
                        continue;
                    };
                    // One warning per text, naming one look-alike of another organization.
                    // Buckets hold distinct texts, so this finds a witness after skipping at
                    // most this organization's own texts and `text` itself: bounded work,
                    // however many texts look alike.
                    let existing = self.skeletons.get(*sk).iter().filter_map(|&(j, t)| {
                        let org = self.organizations.get(j as usize)?;
                        Some((org.id.as_str(), org.text_at(usize::from(t))?))
                    });
                    let earlier = fresh.get(*sk).iter().filter_map(|&r| text_of(r));
                    // Digests match; the skeletons themselves are compared for a witness.
                    let witness = existing.chain(earlier).find(|(other_id, other_text)| {
                        *other_id != o.id
                            && *other_text != text
                            && crate::text::skeleton(other_text) == crate::text::skeleton(text)
                    });
                    if let Some((other_id, other_text)) = witness {
                        rep.note(
                        Severity::Warning,
                            span, ProblemKind::LookAlike,
                            format!(
                                "{what} looks like {other_text:?} of organization {other_id:?} (same UTS #39 skeleton)"
                            ),
                            text,
                        );
                    }
                    let bucket = fresh.get(*sk);
                    if bucket.len() < MAX_BUCKET
                        && !bucket
                            .iter()
                            .any(|&r| text_of(r).is_some_and(|(_, t)| t == text))
                        && let (Some(at), Ok(k)) = (incoming.place(si, i), u16::try_from(k))
                    {
                        fresh.insert(*sk, (at, k), |held| Some(held.len()));
                    }
                }
            }
        }
        fresh
    }
}

/// How many (country, acronym) pairs the organizations of `decoded` have.
fn acronyms_by_country(decoded: &[Decoded]) -> usize {
    decoded
        .iter()
        .flat_map(|d| &d.organizations)
        .map(|o| o.acronyms.len() * o.countries.len())
        .sum()
}

/// A printed override that looks like one of its organization's own texts (the same UTS #39
/// skeleton) but is another text — `МLРD` in Cyrillic letters printed for `MLPD` — is a
/// spoofing warning: a real printed variant (a typo kept as published) differs visibly.
fn check_printed(
    org: &Organization,
    printed: &crate::statement::Printed,
    span: Pos,
    rep: &mut Findings,
) {
    let acronyms = org.acronyms.iter().map(|a| a.text.as_str());
    let names = org.names.iter().map(|n| n.text.as_str());
    let checks: [(&str, &Option<String>, Vec<&str>); 2] = [
        ("printed acronym", &printed.acronym, acronyms.collect()),
        ("printed name", &printed.name, names.collect()),
    ];
    for (what, text, own) in checks {
        let Some(text) = text else { continue };
        let sk = crate::text::skeleton(text);
        if let Some(like) = own
            .into_iter()
            .find(|o| *o != text && crate::text::skeleton(o) == sk)
        {
            rep.note(
                        Severity::Warning,
                span, ProblemKind::LookAlike,
                format!(
                    "{what} looks like {like:?} of organization {:?} but is another text (same UTS #39 skeleton)",
                    org.id
                ),
                text,
            );
        }
    }
}

/// The most distinct texts kept per UTS #39 skeleton. A look-alike warning needs one text of
/// another organization; one organization has at most this many texts less two, so a full
/// bucket still holds a witness, and each new text costs bounded work however many look alike.
pub(super) const MAX_BUCKET: usize =
    crate::organization::MAX_NAMES + crate::organization::MAX_ACRONYMS + 2;

/// Reports `id` when the registry or an earlier record of these sources has it, else records
/// where it is defined (source index, line).
fn check_unique<'a>(
    kind: &str,
    id: &'a str,
    span: Pos,
    (source, reps): (usize, &mut [Findings]),
    in_registry: bool,
    seen: &mut HashMap<&'a str, (usize, u32)>,
) {
    // One search of the map: an id seen for the first time is entered as it is looked up (an
    // id already in the registry is reported as such and never entered).
    let first_at = match seen.entry(id) {
        std::collections::hash_map::Entry::Occupied(e) => Some(*e.get()),
        std::collections::hash_map::Entry::Vacant(v) => {
            if !in_registry {
                v.insert((source, span.line));
            }
            None
        }
    };
    let first = first_at.map(|(s, line)| match reps.get(s) {
        Some(r) if s != source => format!("{}:{line}", r.file),
        _ => format!("line {line}"),
    });
    let Some(rep) = reps.get_mut(source) else {
        return;
    };
    if in_registry {
        rep.note(
            Severity::Problem,
            span,
            ProblemKind::DuplicateId,
            format!("duplicate {kind} id (already in the registry)"),
            id,
        );
    } else if let Some(at) = first {
        rep.note(
            Severity::Problem,
            span,
            ProblemKind::DuplicateId,
            format!("duplicate {kind} id (first defined at {at})"),
            id,
        );
    }
}
