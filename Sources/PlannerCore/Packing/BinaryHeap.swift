/// Binary heap operations on a plain array (Williams 1964): `above(a, b)` is true when a belongs
/// nearer the top than b, so `<` makes a min-heap and `>` a max-heap. The array is the caller's,
/// reused between searches without reallocating.
enum BinaryHeap {
    /// Adds `entry`, sifting it up.
    static func push<Entry>(_ entry: Entry, into heap: inout [Entry], by above: (Entry, Entry) -> Bool) {
        heap.append(entry)
        var index = heap.count - 1
        while index > 0 {
            let parent = (index - 1) / 2
            guard above(heap[index], heap[parent]) else { return }
            heap.swapAt(parent, index)
            index = parent
        }
    }

    /// Removes and returns the top, or nil when empty.
    static func pop<Entry>(_ heap: inout [Entry], by above: (Entry, Entry) -> Bool) -> Entry? {
        guard let top = heap.first else { return nil }
        let last = heap.removeLast()
        if !heap.isEmpty { replaceTop(with: last, in: &heap, by: above) }
        return top
    }

    /// Puts `entry` in place of the top (the heap not empty), sifting it down.
    static func replaceTop<Entry>(with entry: Entry, in heap: inout [Entry], by above: (Entry, Entry) -> Bool) {
        heap[0] = entry
        var index = 0
        while true {
            let left = 2 * index + 1
            guard left < heap.count else { return }
            var child = left
            if left + 1 < heap.count, above(heap[left + 1], heap[left]) { child = left + 1 }
            guard above(heap[child], heap[index]) else { return }
            heap.swapAt(child, index)
            index = child
        }
    }
}
