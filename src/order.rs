//! One small stable sort for the whole crate. The standard library's sorts
//! are fast but each element type instantiates ~2–4 KB of code, which the
//! wasm size budget cannot afford. This is a merge sort over indices with a
//! `dyn` comparator, then the permutation applied by copying the items'
//! bytes: both compiled once, O(n log n) on hostile bundles.

use std::cmp::Ordering;
// bytes as they are, padding included (which a `u8` must not hold)
use std::mem::MaybeUninit;

/// `0..n` as a list (by a loop: no `collect` instance).
pub fn indices(n: usize) -> Vec<usize> {
    let mut v = Vec::with_capacity(n);
    for i in 0..n {
        v.push(i);
    }
    v
}

/// Whether `items` has `x`: `<[T]>::contains` as a plain loop (the
/// standard one is unrolled, at several times the size in the wasm).
pub fn contains<T: Copy + PartialEq>(items: &[T], x: T) -> bool {
    for &item in items {
        if item == x {
            return true;
        }
    }
    false
}

/// Sorts stably by `cmp` (which compares indices) the `n` items of `size`
/// bytes at `items`: the permutation by a merge sort over indices, then
/// applied by copies ([`permute`]). Not generic: compiled once.
///
/// # Safety
/// As [`permute`]'s, for `n` items, except that `cmp` may read them: all
/// its calls come before the first copy.
unsafe fn sort_raw(n: usize, cmp: &dyn Less, items: *mut MaybeUninit<u8>, size: usize) {
    let mut a = indices(n);
    let mut b = indices(n);
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            for slot in &mut b[start..end] {
                let take_right = i >= mid || (j < end && cmp.less(a[j], a[i]));
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
        // (copied back: std::mem::swap put a swap_nonoverlapping instance in the wasm)
        a.copy_from_slice(&b);
        width *= 2;
    }
    // SAFETY: `a` is a permutation of 0..n, and the rest the caller's promise
    unsafe { permute(a, items, size) };
}

/// Puts at position `k` the item now at `order[k]`, for every `k`: the
/// items' bytes copied in that order to a buffer, then back; linear, and
/// compiled once for every item type.
///
/// # Safety
/// `items` points to `order.len()` initialised items of `size` bytes each,
/// which nothing else uses meanwhile, and `order` is a permutation of
/// `0..order.len()`.
unsafe fn permute(order: Vec<usize>, items: *mut MaybeUninit<u8>, size: usize) {
    let mut moved: Vec<MaybeUninit<u8>> = Vec::with_capacity(order.len() * size);
    let to = moved.as_mut_ptr();
    // SAFETY: each `order[k]` is below order.len(): an item of the array
    // (the caller's promise), copied to slot `k` of the buffer, which holds
    // order.len() items; every item once (a permutation), so the array
    // then holds each item once again
    unsafe {
        for (k, &want) in order.iter().enumerate() {
            std::ptr::copy_nonoverlapping(items.add(want * size), to.add(k * size), size);
        }
        std::ptr::copy_nonoverlapping(to, items, order.len() * size);
    }
}

/// Whether the item at one index goes before that at another: the
/// comparator [`sort_raw`] calls, a trait of one method rather than a
/// `dyn Fn` (whose vtable adds a `call_once` shim per comparator to the wasm).
trait Less {
    fn less(&self, i: usize, j: usize) -> bool;
}

/// A slice and its comparator, as [`Less`].
struct ByCmp<'a, T, F>(&'a [T], F);

impl<T, F: Fn(&T, &T) -> Ordering> Less for ByCmp<'_, T, F> {
    fn less(&self, i: usize, j: usize) -> bool {
        (self.1)(&self.0[i], &self.0[j]) == Ordering::Less
    }
}

/// Sorts `v` stably by `cmp`. Only this and its small comparator are generic.
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let items = v.as_mut_ptr().cast::<MaybeUninit<u8>>();
    let v = &*v;
    // SAFETY: the v.len() items of v, moved as bytes, each to a slot of the
    // same slice (none is dropped or duplicated) once `cmp` is done reading them
    unsafe { sort_raw(v.len(), &ByCmp(v, cmp), items, std::mem::size_of::<T>()) };
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // tests compare with the standard sorts (clippy.toml)
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
        // items that own memory are moved, never copied or dropped twice
        let mut owned: Vec<(String, Vec<u8>)> =
            ["pear", "apple", "fig", "apple", "kiwi"].iter().enumerate().map(|(i, s)| (s.to_string(), vec![i as u8; i + 1])).collect();
        sort_by(&mut owned, |a, b| a.0.cmp(&b.0));
        let got: Vec<(&str, usize)> = owned.iter().map(|(s, v)| (s.as_str(), v.len())).collect();
        assert_eq!(got, [("apple", 2), ("apple", 4), ("fig", 3), ("kiwi", 5), ("pear", 1)]);
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
