/// Finds the first open bin with room for an item in O(log bins) for typical inputs, instead of
/// scanning every bin: a segment tree over the bins whose nodes hold the component-wise maximum
/// free capacity below them. A subtree whose maximum cannot hold the item in some dimension is
/// skipped whole. (With several dimensions a subtree may pass that test without one bin that fits,
/// so the search backtracks; it still returns exactly the leftmost fitting bin.)
struct BinIndex {
    private var size = 1
    private var cpu: [Int64] = [-1, -1]
    private var memory: [Int64] = [-1, -1]
    private var pods: [Int64] = [-1, -1]
    private var gpus: [Int64] = [-1, -1]
    private var disk: [Int64] = [-1, -1]
    /// Bins stored.
    private(set) var count = 0

    init(expectedBins: Int = 16) {
        while size < max(1, expectedBins) { size *= 2 }
        cpu = [Int64](repeating: -1, count: 2 * size)
        memory = cpu
        pods = cpu
        gpus = cpu
        disk = cpu
    }

    /// Adds a bin with `free` capacity at index `count`.
    mutating func append(_ free: Resources) {
        if count == size { grow() }
        count += 1
        update(count - 1, free)
    }

    /// Sets bin `index`'s free capacity.
    mutating func update(_ index: Int, _ free: Resources) {
        var node = index + size
        cpu[node] = free.cpuMillicores
        memory[node] = free.memoryKiB
        pods[node] = free.pods
        gpus[node] = free.gpus
        disk[node] = free.diskMiB
        node /= 2
        while node >= 1 {
            let left = 2 * node
            let right = left + 1
            cpu[node] = max(cpu[left], cpu[right])
            memory[node] = max(memory[left], memory[right])
            pods[node] = max(pods[left], pods[right])
            gpus[node] = max(gpus[left], gpus[right])
            disk[node] = max(disk[left], disk[right])
            node /= 2
        }
    }

    /// The leftmost bin at or after `start` whose free capacity holds `demand`, if any.
    func firstFit(_ demand: Resources, from start: Int) -> Int? {
        guard start < count else { return nil }
        return search(1, 0, size, demand, start)
    }

    private func holds(_ node: Int, _ demand: Resources) -> Bool {
        cpu[node] >= demand.cpuMillicores && memory[node] >= demand.memoryKiB && pods[node] >= demand.pods
            && gpus[node] >= demand.gpus && disk[node] >= demand.diskMiB
    }

    private func search(_ node: Int, _ low: Int, _ high: Int, _ demand: Resources, _ start: Int) -> Int? {
        if high <= start || low >= count || !holds(node, demand) { return nil }
        if high - low == 1 { return low }
        let middle = (low + high) / 2
        if let found = search(2 * node, low, middle, demand, start) { return found }
        return search(2 * node + 1, middle, high, demand, start)
    }

    private mutating func grow() {
        let old = (cpu, memory, pods, gpus, disk, size)
        size *= 2
        cpu = [Int64](repeating: -1, count: 2 * size)
        memory = cpu
        pods = cpu
        gpus = cpu
        disk = cpu
        for index in 0..<count {
            cpu[size + index] = old.0[old.5 + index]
            memory[size + index] = old.1[old.5 + index]
            pods[size + index] = old.2[old.5 + index]
            gpus[size + index] = old.3[old.5 + index]
            disk[size + index] = old.4[old.5 + index]
        }
        for node in stride(from: size - 1, through: 1, by: -1) {
            cpu[node] = max(cpu[2 * node], cpu[2 * node + 1])
            memory[node] = max(memory[2 * node], memory[2 * node + 1])
            pods[node] = max(pods[2 * node], pods[2 * node + 1])
            gpus[node] = max(gpus[2 * node], gpus[2 * node + 1])
            disk[node] = max(disk[2 * node], disk[2 * node + 1])
        }
    }
}
