//! Loading a large knowledge base on every core. Articles are independent, so parsing and
//! indexing split into contiguous chunks, one scoped thread each, with results kept in order.

/// `f` over `items` on up to `available_parallelism` threads (one thread for fewer than
/// `min_chunk` items per thread). Each thread owns one `S` (a word cache, say); results keep
/// the order of `items`, so the first error reported is the first in file order.
pub fn map_chunks<T: Sync, S: Default, R: Send>(items: &[T], min_chunk: usize, f: impl Fn(&mut S, &T) -> R + Sync) -> Vec<R> {
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let threads = cores.min(items.len() / min_chunk.max(1)).max(1);
    if threads == 1 {
        let mut state = S::default();
        return items.iter().map(|t| f(&mut state, t)).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    let mut state = S::default();
                    part.iter().map(|t| f(&mut state, t)).collect::<Vec<R>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_order_across_threads() {
        let items: Vec<usize> = (0..1000).collect();
        let out = super::map_chunks(&items, 10, |seen: &mut usize, &x| {
            *seen += 1;
            x * 2
        });
        assert_eq!(out, (0..1000).map(|x| x * 2).collect::<Vec<_>>());
    }
}
