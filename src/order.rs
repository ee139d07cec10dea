//! One small stable sort for the whole crate. The standard library's sorts
//! are fast but each element type instantiates ~2–4 KB of code, which the
//! wasm size budget cannot afford. This is a merge sort over indices with a
//! `dyn` comparator, then the permutation applied by swaps: both compiled
//! once, O(n log n) on hostile bundles.

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

/// Puts position `k` the item now at `order[k]`, for every `k`, by swaps
/// (`swap(a, b)` exchanges two positions); linear, and compiled once.
fn permute(order: &[usize], swap: &mut dyn FnMut(usize, usize)) {
    // where each original item is now, and which original item is where
    let mut pos: Vec<usize> = (0..order.len()).collect();
    let mut at = pos.clone();
    for (k, &want) in order.iter().enumerate() {
        let j = pos[want];
        if j != k {
            swap(k, j);
            let displaced = at[k];
            at[j] = displaced;
            pos[displaced] = j;
            at[k] = want;
            pos[want] = k;
        }
    }
}

/// Sorts `v` stably by `cmp`. Only the two small closures are generic.
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = sorted_indices(v.len(), &|i, j| cmp(&v[i], &v[j]));
    permute(&order, &mut |a, b| v.swap(a, b));
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
        // long cycles and reversed runs
        for n in [2usize, 3, 64, 1000] {
            let mut w: Vec<(usize, usize)> = (0..n).map(|i| ((n - i) % 7, i)).collect();
            let mut expect = w.clone();
            expect.sort_by_key(|x| x.0); // stable, like ours
            sort_by(&mut w, |a, b| a.0.cmp(&b.0));
            assert_eq!(w, expect, "n={n}");
        }
    }
}
