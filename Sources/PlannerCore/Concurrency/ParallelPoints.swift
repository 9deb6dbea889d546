import Foundation

/// Runs independent jobs, one per index, on a number of threads and keeps each result at its
/// index, so the answer is the same whatever the thread count or the order jobs finish in. Threads
/// take the next index from a shared counter. After a failure no index above it is started, and
/// the failure reported is the one at the lowest index: every index below a failure has been
/// started, so this too is the same whatever the thread count.
public final class ParallelPoints<Value: Sendable, Failure: Error>: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    private var next = 0
    private var completed = 0
    private var results: [Value?]
    private var failure: (index: Int, error: Failure)?

    private init(count: Int) {
        self.count = count
        results = Array(repeating: nil, count: count)
    }

    /// Every job's value in index order, or the failure at the lowest index. `finished` is called
    /// (on a worker thread) after each job, with the number done so far.
    public static func run(
        count: Int, threads: Int, finished: @escaping @Sendable (Int) -> Void = { _ in },
        _ job: @escaping @Sendable (Int) -> Result<Value, Failure>
    ) -> Result<[Value], Failure> {
        let runner = ParallelPoints(count: count)
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

    /// The next index to run, or nil when all are taken or one below has failed.
    private func claim() -> Int? {
        lock.withLock {
            guard next < count, failure.map({ next < $0.index }) ?? true else { return nil }
            defer { next += 1 }
            return next
        }
    }
}
