import Foundation
import TestSupport
import Testing

/// The command line under real conditions: a full or closed standard output, a reader that leaves
/// early, FIFOs and process substitutions as inputs, a signal in the middle of writing a file.
/// Every child process is waited for and checked to be gone.
@Suite struct ProcessConditionsTests {
    static let shop = SourceTree.url("Profiles/online-shop.json").path

    /// Runs a shell command line with `$VPLAN` set to the binary; returns status and stderr.
    static func shell(_ line: String) throws -> (status: Int32, stdout: String, stderr: String) {
        let result = try CLI.run(
            ["-c", line], executable: URL(fileURLWithPath: "/bin/bash"),
            environment: ProcessInfo.processInfo.environment.merging(["VPLAN": CLI.binary.path]) { $1 })
        return (result.status, String(decoding: result.stdout, as: UTF8.self), result.stderr)
    }

    @Test(arguments: [
        "plan -p \(shop)", "validate \(shop)", "profiles",
        "import kubernetes \(SourceTree.root.path)/Tests/ImportersTests/Fixtures/kubernetes/multi-container.yaml",
        "bench scenario 100",
    ])
    func aFullStandardOutputIsExitOneWithOneLine(_ command: String) throws {
        let result = try Self.shell("\"$VPLAN\" \(command) > /dev/full")
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("vplan: ") }
        #expect(lines == ["vplan: write error: No space left on device"], "stderr: \(result.stderr)")
    }

    @Test func aClosedStandardOutputIsExitOneWithOneLine() throws {
        for command in ["plan", "validate \(Self.shop)", "profiles"] {
            let result = try Self.shell("\"$VPLAN\" \(command) >&-")
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr == "vplan: write error: Bad file descriptor\n", "\(command)")
        }
        // A failed error message (stderr full too) still ends with status 1, never a trap.
        let both = try Self.shell("\"$VPLAN\" validate /nonexistent.json 2> /dev/full")
        #expect(both.status == 1)
    }

    @Test func aReaderLeavingEarlyEndsItQuietly() throws {
        let result = try Self.shell("\"$VPLAN\" bench scenario 200000 | head -c 100 > /dev/null; echo \"${PIPESTATUS[0]}\"")
        #expect(result.stderr.isEmpty)
        #expect(["141", "0"].contains(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    @Test func aProcessSubstitutionAndAFIFOAreReadAsCatWould() throws {
        let substituted = try Self.shell(
            "\"$VPLAN\" plan --profile <(cat \(Self.shop)) | cmp - <(\"$VPLAN\" plan -p \(Self.shop)) && echo same")
        #expect(substituted.status == 0 && substituted.stdout == "same\n", "\(substituted.stderr)")
        let validated = try Self.shell("\"$VPLAN\" validate <(cat \(Self.shop))")
        #expect(validated.stdout == "ok\n")
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("scenario.fifo").path
        // The FIFO exists before either side starts: `mkfifo … && (…) & validate` would put mkfifo
        // in the background too, and a loaded machine could start validate before the FIFO exists.
        // Should validate end without reading it, opening the FIFO read-write (which never blocks
        // on Linux) lets the writer finish, so the test fails instead of waiting forever.
        let fed = try Self.shell(
            "mkfifo \(fifo) || exit 2; (sleep 0.2; cat \(Self.shop) > \(fifo)) & \"$VPLAN\" validate \(fifo); "
                + "status=$?; exec 3<>\(fifo); wait; exec 3>&-; exit $status")
        #expect(fed.stdout == "ok\n", "\(fed.stderr)")
        let imported = try Self.shell(
            "\"$VPLAN\" import kubernetes <(cat \(SourceTree.root.path)/Tests/ImportersTests/Fixtures/kubernetes/multi-container.yaml) | head -c 1"
        )
        #expect(imported.stdout == "{", "\(imported.stderr)")
    }

    @Test func dashAsOutputIsStandardOutputAndSummaryLeavesOutPlacements() throws {
        let dash = try CLI.run(["plan", "-p", Self.shop, "-o", "-"])
        let plain = try CLI.run(["plan", "--profile", Self.shop])
        #expect(dash.status == 0 && dash.stdout == plain.stdout)
        let summary = try CLI.run(["plan", "-p", Self.shop, "--summary"])
        let json = try JSONSerialization.jsonObject(with: summary.stdout) as? [String: Any]
        let plans = json?["plans"] as? [[String: Any]] ?? []
        #expect(plans.count == 4)
        #expect(plans.allSatisfy { $0["placements"] == nil && $0["hosts"] != nil })
        let full = try JSONSerialization.jsonObject(with: plain.stdout) as? [String: Any]
        let fullPlans = full?["plans"] as? [[String: Any]] ?? []
        #expect(zip(plans, fullPlans).allSatisfy { ($0["hosts"] as? Int) == ($1["hosts"] as? Int) })
    }

    @Test func aSignalWhileWritingRemovesTheTemporaryFile() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let scenario = directory.appendingPathComponent("fleet.json")
        _ = try CLI.run(["bench", "scenario", "1000000", "--output", scenario.path])
        // The test runner starts children with signals blocked: vplan unblocks the ones it handles.
        for signal in [SIGTERM, SIGINT, SIGHUP] {
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = [
                "plan", "--profile", scenario.path, "--output", directory.appendingPathComponent("plan.json").path,
            ]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Wait (bounded) until the temporary file exists, then signal.
            var sawTemporary = false
            for _ in 0..<3_000 where !sawTemporary {
                usleep(20_000)
                sawTemporary = Self.temporaries(in: directory).count > 0
            }
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            #expect(sawTemporary, "no temporary file appeared within 60 s")
            #expect(
                process.terminationReason == .uncaughtSignal && process.terminationStatus == signal,
                "ended by \(process.terminationReason == .exit ? "exit" : "signal") \(process.terminationStatus)")
            #expect(Self.temporaries(in: directory).isEmpty, "a temporary file was left after signal \(signal)")
            #expect(kill(process.processIdentifier, 0) != 0, "the process is gone")
        }
    }

    @Test func anUnknownTerminalGivesOneLineAndTheTextSummary() throws {
        for term in ["TERM=unknownterm", "-u TERM"] {
            // `script` gives the dashboard a terminal on stdin and stdout.
            let result = try Self.shell("env \(term) script -qec '\"$VPLAN\" -p \(Self.shop)' /dev/null")
            #expect(result.status == 0, "\(term): \(result.stdout)")
            // The terminal `script` makes turns each newline into CR LF.
            let lines = result.stdout.replacingOccurrences(of: "\r", with: "").split(separator: "\n").map(String.init)
            #expect(
                lines.first?.hasPrefix("vplan: ") == true && lines.first?.hasSuffix("printing the text summary instead") == true,
                "\(term): \(lines.first ?? "")")
            #expect(lines.contains("Online shop: 14 workloads"), "\(term)")
            #expect(!result.stdout.contains("Error opening terminal"))
        }
    }

    static func temporaries(in directory: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasPrefix(".plan.json.") }
    }
}
