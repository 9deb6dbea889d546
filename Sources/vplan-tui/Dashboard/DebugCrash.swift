#if DEBUG
    import Dashboard
    import Foundation

    /// Debug builds only: a real crash on demand, so `.ci/e2e-dashboard` can check that a Swift runtime
    /// trap or a stack overflow restores the terminal and leaves the autosave. With
    /// `VPLAN_DEBUG_CRASH=trap` (a `fatalError`, which traps with SIGILL or SIGTRAP) or
    /// `VPLAN_DEBUG_CRASH=overflow` (unbounded recursion: SIGSEGV on the stack guard page) the dashboard
    /// crashes right after its first successful autosave write. Release builds do not contain this.
    enum DebugCrash {
        static func afterAutosave(_ actions: [Action]) {
            guard let kind = ProcessInfo.processInfo.environment["VPLAN_DEBUG_CRASH"],
                actions.contains(where: { if case .autosaveFinished(_, nil) = $0 { true } else { false } })
            else { return }
            switch kind {
            case "trap": fatalError("VPLAN_DEBUG_CRASH=trap")
            case "overflow": _ = recurse(1)
            default: return
            }
        }

        @inline(never)
        private static func recurse(_ depth: Int) -> Int {
            var frame = [Int](repeating: depth, count: 1)
            frame.withUnsafeMutableBufferPointer { _ = $0 }
            return recurse(depth + 1) + frame[0]
        }
    }
#endif
