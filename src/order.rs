//! One small stable sort for the whole crate. The standard library's sorts
//! are fast but each element type instantiates ~2–4 KB of code, which the
//! wasm size budget cannot afford. This is a merge sort over indices with a
//! `dyn` comparator: compiled once, O(n log n) on hostile bundles, and it
//! moves each element once.

use std::cmp::Ordering;

/// The permutation that sorts `n` items stably by `cmp` (which compares indices).
fn sorted_indices(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    let mut b = a.clone();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            for slot in &mut b[start..end] {
                let take_right = i >= mid || (j < end && cmp(a[j], a[i]) == Ordering::Less);
                if take_right {
                    *slot = a[j];
                    j += 1;
                } else {
                    *slot = a[i];
                    i += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

/// Sorts `v` stably by `cmp`.
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = sorted_indices(v.len(), &|i, j| cmp(&v[i], &v[j]));
    let mut items: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| items[i].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        let mut v: Vec<(u32, usize)> = [5, 3, 5, 1, 3, 9, 0, 5].iter().enumerate().map(|(i, &k)| (k, i)).collect();
        sort_by(&mut v, |a, b| a.0.cmp(&b.0));
        assert_eq!(v, vec![(0, 6), (1, 3), (3, 1), (3, 4), (5, 0), (5, 2), (5, 7), (9, 5)]);
        for n in 0..40usize {
            let mut w: Vec<usize> = (0..n).map(|i| (i * 7919) % 13).collect();
            let mut expect = w.clone();
            expect.sort();
            sort_by(&mut w, |a, b| a.cmp(b));
            assert_eq!(w, expect, "n={n}");
        }
    }
}
