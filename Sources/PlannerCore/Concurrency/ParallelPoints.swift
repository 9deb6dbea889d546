import Foundation

/// Runs independent jobs, one per index, on a number of threads and keeps each result at its
/// index, so the answer is the same whatever the thread count or the order jobs finish in. Threads
/// take the next index from a shared counter, in index order or in a given start order (longer
/// jobs first keeps the threads evenly busy). After a failure no index above it is started, and
/// the failure reported is the one at the lowest index: every index below a failure is started,
/// so this too is the same whatever the thread count and the start order.
public final class ParallelPoints<Value: Sendable, Failure: Error>: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    /// The indices in the order they are started.
    private let order: [Int]
    private var next = 0
    private var completed = 0
    private var results: [Value?]
    private var failure: (index: Int, error: Failure)?

    private init(count: Int, order: [Int]?) {
        self.count = count
        self.order = order ?? Array(0..<count)
        results = Array(repeating: nil, count: count)
    }

    /// Every job's value in index order, or the failure at the lowest index. `order`, when given,
    /// is the order the indices start in (each of 0 ..< count once). `finished` is called (on a
    /// worker thread) after each job, with the number done so far.
    public static func run(
        count: Int, threads: Int, order: [Int]? = nil, finished: @escaping @Sendable (Int) -> Void = { _ in },
        _ job: @escaping @Sendable (Int) -> Result<Value, Failure>
    ) -> Result<[Value], Failure> {
        precondition(order.map { $0.sorted() == Array(0..<count) } ?? true, "the start order is each index once")
        let runner = ParallelPoints(count: count, order: order)
        let group = DispatchGroup()
        for _ in 1..<max(1, min(threads, count)) {
            group.enter()
            let thread = Thread {
                runner.work(job, finished)
                group.leave()
            }
            thread.start()
        }
        runner.work(job, finished)
        group.wait()
        if let failure = runner.failure { return .failure(failure.error) }
        return .success(runner.results.map { $0! })
    }

    private func work(_ job: (Int) -> Result<Value, Failure>, _ finished: (Int) -> Void) {
        while let index = claim() {
            let result = job(index)
            let done: Int = lock.withLock {
                switch result {
                case .success(let value): results[index] = value
                case .failure(let error):
                    if failure.map({ index < $0.index }) ?? true { failure = (index, error) }
                }
                completed += 1
                return completed
            }
            finished(done)
        }
    }

    /// The next index to run in the start order, skipping those above a failed one, or nil when
    /// none is left.
    private func claim() -> Int? {
        lock.withLock {
            while next < count {
                let index = order[next]
                next += 1
                if failure.map({ index < $0.index }) ?? true { return index }
            }
            return nil
        }
    }
}
