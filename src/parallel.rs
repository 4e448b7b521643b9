//! Work on every core there is, and on this thread alone where no other thread can be started
//! (a sandbox, a process limit): the crate's large loads and renderings never panic for want of
//! a thread. Scoped threads of the standard library; no thread pool is kept.

use std::ops::Range;
use std::thread::{Builder, ScopedJoinHandle};

/// Runs `a` on a second thread beside `b` on this one, and returns both results; runs `a`
/// after `b` on this thread when no thread can be started. A panic in `a` resumes here.
pub(crate) fn join<A, B, RA, RB>(a: A, b: B) -> (RA, RB)
where
    A: FnOnce() -> RA + Send,
    RA: Send,
    B: FnOnce() -> RB,
{
    // `a` stays here until a thread takes it, so that it can still run here if none starts.
    let cell = std::sync::Mutex::new(Some(a));
    let take = || cell.lock().ok().and_then(|mut a| a.take());
    std::thread::scope(|scope| {
        let handle = Builder::new().spawn_scoped(scope, || take().map(|a| a()));
        let rb = b();
        let ra = match handle {
            Ok(h) => h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)),
            Err(_) => None,
        };
        match ra.or_else(|| take().map(|a| a())) {
            Some(ra) => (ra, rb),
            // The thread took `a` and returned nothing: it cannot, as it returns what `a` does.
            None => unreachable!("the closure ran nowhere"),
        }
    })
}

/// `f` of each of `parts` nearly equal chunks of `items` (at most one per available core), in
/// order; chunks whose thread cannot be started are done on this thread.
pub(crate) fn map_chunks<T, R>(items: &[T], parts: usize, f: impl Fn(&[T]) -> R + Sync) -> Vec<R>
where
    T: Sync,
    R: Send,
{
    map_ranges(items.len(), parts, |r| f(items.get(r).unwrap_or_default()))
}

/// `f` of each of `parts` nearly equal ranges of `0..n` (at most one per available core, none
/// when `n` is 0), in order; ranges whose thread cannot be started are done on this thread.
pub(crate) fn map_ranges<R: Send>(
    n: usize,
    parts: usize,
    f: impl Fn(Range<usize>) -> R + Sync,
) -> Vec<R> {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let size = n.div_ceil(parts.min(cores).max(1)).max(1);
    let ranges: Vec<Range<usize>> = (0..n)
        .step_by(size)
        .map(|start| start..(start + size).min(n))
        .collect();
    if ranges.len() < 2 {
        return ranges.into_iter().map(&f).collect();
    }
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<Option<ScopedJoinHandle<'_, R>>> = ranges
            .iter()
            .skip(1)
            .map(|r| {
                let r = r.clone();
                Builder::new().spawn_scoped(scope, move || f(r)).ok()
            })
            .collect();
        let mut out = Vec::with_capacity(ranges.len());
        out.extend(ranges.first().map(|r| f(r.clone())));
        for (r, handle) in ranges.iter().skip(1).zip(handles) {
            out.push(match handle {
                Some(h) => h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)),
                None => f(r.clone()),
            });
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::{join, map_chunks, map_ranges};

    #[test]
    fn chunks_come_back_in_order() {
        let items: Vec<u32> = (0..1001).collect();
        let sums = map_chunks(&items, 4, |c| c.iter().sum::<u32>());
        assert_eq!(sums.iter().sum::<u32>(), 1001 * 1000 / 2);
        let firsts = map_chunks(&items, 3, |c| c.first().copied());
        assert_eq!(firsts.first(), Some(&Some(0)));
        assert!(firsts.windows(2).all(|w| w.first() < w.last()));
        assert!(map_chunks(&[] as &[u32], 4, <[u32]>::len).is_empty());
        let ranges = map_ranges(10, 3, |r| r);
        assert_eq!(ranges.first().map(|r| r.start), Some(0));
        assert_eq!(ranges.last().map(|r| r.end), Some(10));
    }

    #[test]
    fn both_sides_of_a_join_run() {
        let mut here = 0;
        let (a, ()) = join(|| 6 * 7, || here += 1);
        assert_eq!((a, here), (42, 1));
    }
}
