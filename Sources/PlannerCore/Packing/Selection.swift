/// Partial selection: the k smallest of n keys without sorting them, in linear time. For k much
/// below n, a threshold is read off an evenly spaced sample of the keys and one pass keeps only
/// the keys at or under it, so the exact selection (quickselect, Hoare 1961) runs on about k of
/// them. Deterministic: the sample is fixed, the pivot is the median of the first, middle and
/// last entry, and equal keys break by index, so the same keys select the same set every run.
enum Selection {
    /// An index with its key, compared by key and then by index.
    struct Keyed: Comparable {
        var key: Double
        var element: Int

        @inline(__always)
        static func < (a: Keyed, b: Keyed) -> Bool { a.key != b.key ? a.key < b.key : a.element < b.element }
    }

    /// The indices of the `k` smallest of `keys` (by key, then index), in no particular order;
    /// `entries` is scratch space reused between calls.
    static func smallest(_ k: Int, of keys: [Double], entries: inout [Keyed]) -> ArraySlice<Keyed> {
        let n = keys.count
        entries.removeAll(keepingCapacity: true)
        guard k < n else {
            entries.append(contentsOf: keys.indices.map { Keyed(key: keys[$0], element: $0) })
            return entries[...]
        }
        if k * 8 < n, n > 4 * Self.sampleSize {
            // The sample's quantile at twice k's share, plus a margin, as the threshold.
            let sample = (0..<Self.sampleSize).map { keys[$0 * n / Self.sampleSize] }.sorted()
            let position = min(Self.sampleSize - 1, 2 * k * Self.sampleSize / n + 8)
            let threshold = sample[position]
            // Keys under the threshold are kept; of those equal to it (many, where hosts were
            // dealt alike) only the first k by index, the only ones that can be chosen.
            var equal: [Int] = []
            equal.reserveCapacity(k)
            for index in 0..<n {
                let key = keys[index]
                if key < threshold {
                    entries.append(Keyed(key: key, element: index))
                } else if key == threshold && equal.count < k {
                    equal.append(index)
                }
            }
            if entries.count >= k {
                select(k, in: &entries)
                return entries[0..<k]
            }
            if entries.count + equal.count >= k {
                // Every key under the threshold, then the lowest indices at it.
                for index in equal.prefix(k - entries.count) { entries.append(Keyed(key: threshold, element: index)) }
                return entries[0..<k]
            }
            entries.removeAll(keepingCapacity: true)
        }
        entries.append(contentsOf: keys.indices.map { Keyed(key: keys[$0], element: $0) })
        select(k, in: &entries)
        return entries[0..<k]
    }

    /// Quickselect: rearranges `entries` so that its first `k` are the k smallest.
    static func select<Entry: Comparable>(_ k: Int, in entries: inout [Entry]) {
        guard k > 0, k < entries.count else { return }
        entries.withUnsafeMutableBufferPointer { entries in
            var low = 0
            var high = entries.count - 1
            while low < high {
                let middle = low + (high - low) / 2
                // Median of three as the pivot, moved to `high`.
                if entries[middle] < entries[low] { entries.swapAt(middle, low) }
                if entries[high] < entries[low] { entries.swapAt(high, low) }
                if entries[middle] < entries[high] { entries.swapAt(middle, high) }
                let pivot = entries[high]
                var store = low
                for index in low..<high where entries[index] < pivot {
                    entries.swapAt(index, store)
                    store += 1
                }
                entries.swapAt(store, high)
                if store == k || store == k - 1 { return }
                if store > k { high = store - 1 } else { low = store + 1 }
            }
        }
    }
}
