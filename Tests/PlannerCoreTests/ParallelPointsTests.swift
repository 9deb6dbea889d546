import Foundation
import Testing

@testable import PlannerCore

/// Jobs on threads (`ParallelPoints`): results by index, a start order, and the failure reported.
@Suite struct ParallelPointsTests {
    /// The indices started, in the order they started, from any thread.
    final class Started: @unchecked Sendable {
        private let lock = NSLock()
        private var indices: [Int] = []

        var all: [Int] { lock.withLock { indices } }
        func add(_ index: Int) { lock.withLock { indices.append(index) } }
    }

    /// On one thread the jobs start in the order given, and the values still come back by index.
    @Test func jobsStartInTheOrderGivenAndReturnByIndex() {
        let started = Started()
        let outcome = ParallelPoints<Int, Never>.run(count: 4, threads: 1, order: [2, 0, 3, 1]) { index in
            started.add(index)
            return .success(index * 10)
        }
        #expect(started.all == [2, 0, 3, 1])
        #expect(outcome.get() == [0, 10, 20, 30])
    }

    struct Failed: Error, Equatable {
        let index: Int
    }

    /// After a failure no index above it starts, whatever the start order, and the failure
    /// reported is the lowest index's: started last to first, index 3 fails, 2 and 1 still start,
    /// 1 fails too and is reported; in index order, nothing after 1 starts.
    @Test func theFailureReportedIsTheLowestIndexsWhateverTheOrder() {
        for (order, expected) in [([3, 2, 1, 0], [3, 2, 1, 0]), ([0, 1, 2, 3], [0, 1])] {
            for threads in [1, 3] {
                let started = Started()
                let outcome = ParallelPoints<Int, Failed>.run(count: 4, threads: threads, order: order) { index in
                    started.add(index)
                    return index == 1 || index == 3 ? .failure(Failed(index: index)) : .success(index)
                }
                guard case .failure(let failure) = outcome else {
                    Issue.record("no failure")
                    continue
                }
                #expect(failure == Failed(index: 1), "order \(order), \(threads) threads")
                if threads == 1 { #expect(started.all == expected, "order \(order)") }
            }
        }
    }
}
