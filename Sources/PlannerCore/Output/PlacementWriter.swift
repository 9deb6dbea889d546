/// Writes placement objects straight into bytes, in exactly the format `JSONValue` writes
/// (sorted keys, two spaces per level), without building a tree: a million instances would
/// otherwise be a million small objects. Workload names are escaped once, not once per replica.
struct PlacementWriter {
    var out: [UInt8] = []
    /// Each workload's name as an escaped JSON string, quotes included.
    private let names: [[UInt8]]
    /// Each instance kind as an escaped JSON string, at the kind's `index`.
    private let kinds: [[UInt8]]
    /// The indent level the caches below were built for (-1: none yet).
    private var cachedLevel = -1
    /// Per kind: the bytes before an instance's replica number.
    private var heads: [[UInt8]] = []
    /// Per workload: the bytes after the replica number of a run riding in no other member's
    /// instance, whatever its kind (built on first use; empty until then).
    private var tails: [[UInt8]] = []
    /// The bytes after the replica number of the run being written, when it rides with another.
    private var ridingTail: [UInt8] = []

    init(workloadNames: [String]) {
        names = workloadNames.map { name in
            var bytes: [UInt8] = []
            JSONValue.writeString(name, into: &bytes)
            return bytes
        }
        kinds = InstanceKind.allCases.map { kind in
            var bytes: [UInt8] = []
            JSONValue.writeString(kind.rawValue, into: &bytes)
            return bytes
        }
    }

    mutating func append(_ text: String) {
        out.append(contentsOf: text.utf8)
    }

    /// A newline and `level` × 2 spaces.
    mutating func newline(_ level: Int) {
        PlacementWriter.newline(level, into: &out)
    }

    /// A decimal integer, as `String(value)` spells it.
    mutating func integer(_ value: Int) {
        if value < 0 {
            out.append(contentsOf: String(value).utf8)
            return
        }
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            for index in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[index]) }
        }
    }

    /// One placement object at indent `level`, preceded by its newline (the array's separator
    /// comma is the caller's).
    mutating func placement(_ placement: HostPlacement, level: Int) {
        newline(level)
        out.append(UInt8(ascii: "{"))
        newline(level + 1)
        append("\"cpuCores\": ")
        append(JSONNumber.format(placement.cpuCores))
        out.append(UInt8(ascii: ","))
        newline(level + 1)
        if let disk = placement.diskGiB {
            append("\"diskGiB\": ")
            append(JSONNumber.format(disk))
            out.append(UInt8(ascii: ","))
            newline(level + 1)
        }
        if let gpus = placement.gpus {
            append("\"gpus\": ")
            integer(gpus)
            out.append(UInt8(ascii: ","))
            newline(level + 1)
        }
        append("\"host\": ")
        integer(placement.host)
        if let hostType = placement.hostType {
            out.append(UInt8(ascii: ","))
            newline(level + 1)
            append("\"hostType\": ")
            JSONValue.writeString(hostType, into: &out)
        }
        out.append(UInt8(ascii: ","))
        newline(level + 1)
        append("\"instances\": ")
        instances(placement, level: level + 1)
        out.append(UInt8(ascii: ","))
        newline(level + 1)
        append("\"memoryMiB\": ")
        append(JSONNumber.format(placement.memoryMiB))
        out.append(UInt8(ascii: ","))
        newline(level + 1)
        append("\"pods\": ")
        integer(placement.pods)
        if let zone = placement.zone {
            out.append(UInt8(ascii: ","))
            newline(level + 1)
            append("\"zone\": ")
            integer(zone)
        }
        newline(level)
        out.append(UInt8(ascii: "}"))
    }

    /// The instances array: one `{kind, replica, workload}` object per replica of every run (with
    /// `sharesVmWith` for a pod member that rides in its pod's VM).
    private mutating func instances(_ placement: HostPlacement, level: Int) {
        guard placement.runs.contains(where: { $0.count > 0 }) else {
            append("[]")
            return
        }
        if cachedLevel != level { resetCache(level: level) }
        out.append(UInt8(ascii: "["))
        var first = true
        for run in placement.runs where run.count > 0 {
            // Everything around the replica number is the same for the whole run: the part before
            // it depends on the kind alone, the part after on the workload (and the member whose
            // VM it shares), so on a large fleet, where most runs are one replica, both are
            // copied from the cache rather than built.
            if run.ridesWith == nil {
                if tails[run.workload].isEmpty { tails[run.workload] = tailBytes(run, level: level) }
            } else {
                ridingTail = tailBytes(run, level: level)
            }
            for replica in run.firstReplica..<(run.firstReplica + run.count) {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                out.append(contentsOf: heads[run.kind.index])
                integer(replica)
                out.append(contentsOf: run.ridesWith == nil ? tails[run.workload] : ridingTail)
            }
        }
        newline(level)
        out.append(UInt8(ascii: "]"))
    }

    /// Heads for an instance object at `level` + 1, one per kind, and empty tails.
    private mutating func resetCache(level: Int) {
        cachedLevel = level
        heads = kinds.map { kind in
            var head: [UInt8] = []
            PlacementWriter.newline(level + 1, into: &head)
            head.append(UInt8(ascii: "{"))
            PlacementWriter.newline(level + 2, into: &head)
            head.append(contentsOf: "\"kind\": ".utf8)
            head.append(contentsOf: kind)
            head.append(UInt8(ascii: ","))
            PlacementWriter.newline(level + 2, into: &head)
            head.append(contentsOf: "\"replica\": ".utf8)
            return head
        }
        tails = Array(repeating: [], count: names.count)
    }

    /// The bytes after a run's replica number: the workload (and the member whose VM or
    /// function it rides in), then the object's end.
    private func tailBytes(_ run: ReplicaRun, level: Int) -> [UInt8] {
        var tail: [UInt8] = [UInt8(ascii: ",")]
        PlacementWriter.newline(level + 2, into: &tail)
        if let leader = run.ridesWith {
            // A pod member in its pod's one VM names the member whose VM it shares.
            let key = run.kind == .function ? "\"ridesInFunctionOf\": " : "\"sharesVmWith\": "
            tail.append(contentsOf: key.utf8)
            tail.append(contentsOf: names[leader])
            tail.append(UInt8(ascii: ","))
            PlacementWriter.newline(level + 2, into: &tail)
        }
        tail.append(contentsOf: "\"workload\": ".utf8)
        tail.append(contentsOf: names[run.workload])
        PlacementWriter.newline(level + 1, into: &tail)
        tail.append(UInt8(ascii: "}"))
        return tail
    }

    /// Spaces enough for any indent the plan document uses, appended as one slice.
    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    private static func newline(_ level: Int, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\n"))
        var indent = level * 2
        while indent > 0 {
            let step = min(indent, spaces.count)
            bytes.append(contentsOf: spaces[0..<step])
            indent -= step
        }
    }
}
