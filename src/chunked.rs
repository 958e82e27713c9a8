//! A list that grows a chunk at a time. Millions of accepted cases are held
//! at once; a `Vec` grows by copying itself into one twice its size, so for
//! a moment it needs three times what it holds, the peak memory of a large
//! run. Chunks are never copied: what the list needs is what it holds plus
//! one chunk.

/// Records per chunk: a few megabytes of cases.
const CHUNK: usize = 8192;

/// Records in input order, stored in chunks of [`CHUNK`].
#[derive(Clone, PartialEq)]
pub struct Chunked<T> {
    chunks: Vec<Vec<T>>,
    len: usize,
}

impl<T> Chunked<T> {
    pub fn new() -> Chunked<T> {
        Chunked {
            chunks: Vec::new(),
            len: 0,
        }
    }

    pub fn push(&mut self, value: T) {
        match self.chunks.last_mut() {
            Some(last) if last.len() < CHUNK => last.push(value),
            _ => {
                let mut chunk = Vec::with_capacity(CHUNK);
                chunk.push(value);
                self.chunks.push(chunk);
            }
        }
        self.len += 1;
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn first(&self) -> Option<&T> {
        self.chunks.first().and_then(|c| c.first())
    }

    /// Every record mapped by `f`, a chunk at a time on every core, in
    /// order; the first error (in input order) stops it.
    pub fn try_map_parallel<U: Send, E: Send>(
        &self,
        f: impl Fn(&T) -> Result<U, E> + Sync,
    ) -> Result<Chunked<U>, E>
    where
        T: Sync,
    {
        use rayon::prelude::*;
        let chunks = self
            .chunks
            .par_iter()
            .map(|chunk| chunk.iter().map(&f).collect::<Result<Vec<U>, E>>())
            .collect::<Vec<_>>()
            // Which error rayon returns of several is not fixed: this one is.
            .into_iter()
            .collect::<Result<Vec<Vec<U>>, E>>()?;
        // Each chunk is as long as the one it was mapped from: full but the last.
        Ok(Chunked {
            chunks,
            len: self.len,
        })
    }

    pub fn iter(&self) -> Iter<'_, T> {
        Iter {
            inner: self.chunks.iter().flatten(),
            left: self.len,
        }
    }
}

/// Chunks are full but the last, so the `i`-th record is found by division.
impl<T> std::ops::Index<usize> for Chunked<T> {
    type Output = T;
    fn index(&self, i: usize) -> &T {
        &self.chunks[i / CHUNK][i % CHUNK]
    }
}

impl<T> std::ops::IndexMut<usize> for Chunked<T> {
    fn index_mut(&mut self, i: usize) -> &mut T {
        &mut self.chunks[i / CHUNK][i % CHUNK]
    }
}

impl<T> Default for Chunked<T> {
    fn default() -> Chunked<T> {
        Chunked::new()
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for Chunked<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T> FromIterator<T> for Chunked<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Chunked<T> {
        let mut list = Chunked::new();
        for value in iter {
            list.push(value);
        }
        list
    }
}

impl<T> IntoIterator for Chunked<T> {
    type Item = T;
    type IntoIter = std::iter::Flatten<std::vec::IntoIter<Vec<T>>>;

    fn into_iter(self) -> Self::IntoIter {
        self.chunks.into_iter().flatten()
    }
}

impl<T, const N: usize> From<[T; N]> for Chunked<T> {
    fn from(values: [T; N]) -> Chunked<T> {
        values.into_iter().collect()
    }
}

impl<'a, T> IntoIterator for &'a Chunked<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

/// The records of a [`Chunked`] in order; it knows how many are left.
#[derive(Clone)]
pub struct Iter<'a, T> {
    inner: std::iter::Flatten<std::slice::Iter<'a, Vec<T>>>,
    left: usize,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        let next = self.inner.next()?;
        self.left -= 1;
        Some(next)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl<T> ExactSizeIterator for Iter<'_, T> {}

impl<T> DoubleEndedIterator for Iter<'_, T> {
    fn next_back(&mut self) -> Option<Self::Item> {
        let next = self.inner.next_back()?;
        self.left -= 1;
        Some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_every_record_in_order_across_chunks() {
        let list: Chunked<usize> = (0..CHUNK * 2 + 3).collect();
        assert_eq!(list.len(), CHUNK * 2 + 3);
        assert_eq!(list.chunks.len(), 3);
        assert!(list.iter().copied().eq(0..CHUNK * 2 + 3));
        assert!(list.iter().rev().copied().eq((0..CHUNK * 2 + 3).rev()));
        assert_eq!(list.iter().len(), CHUNK * 2 + 3);
        assert_eq!(list.first(), Some(&0));
        assert_eq!(
            (list[0], list[CHUNK], list[CHUNK * 2 + 2]),
            (0, CHUNK, CHUNK * 2 + 2)
        );
        assert!(Chunked::<u8>::new().first().is_none() && Chunked::<u8>::new().is_empty());
    }

    #[test]
    fn mapped_in_parallel_keeps_the_order_and_the_first_error() {
        let list: Chunked<usize> = (0..CHUNK * 3 + 5).collect();
        let doubled = list.try_map_parallel(|&n| Ok::<_, ()>(n * 2)).unwrap();
        assert_eq!(doubled.len(), list.len());
        assert!(
            doubled
                .iter()
                .copied()
                .eq((0..CHUNK * 3 + 5).map(|n| n * 2))
        );
        assert_eq!(doubled[CHUNK * 2 + 1], (CHUNK * 2 + 1) * 2);
        let failed =
            list.try_map_parallel(|&n| match n % CHUNK == 7 && n > CHUNK || n == CHUNK * 3 {
                true => Err(n),
                false => Ok(n),
            });
        assert_eq!(failed.unwrap_err(), CHUNK + 7);
    }
}
