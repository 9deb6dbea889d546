// libyaml through Yams's C target: its event stream is read directly, ahead of Yams (see below).
internal import CYaml
import PlannerCore

/// Limits on the shape of a YAML (or JSON) file, checked on libyaml's event stream before Yams
/// builds any tree, so that no input can exhaust the stack or the memory:
///
/// - **Nesting.** Yams composes nodes recursively, so a document such as `[[[[…` or `- - - - …`
///   nested a million deep would overflow the stack. Documents may nest at most
///   `maximumDepth` collections deep (real manifests and image manifests nest about 15).
/// - **Aliases.** An alias (`*name`) repeats the node anchored as `&name`, and aliases of aliases
///   grow exponentially ("billion laughs": a few hundred bytes that expand to 10^9 nodes). The
///   expanded size is counted exactly (each anchor's size is remembered, an alias adds it), and
///   aliases may add at most `maximumAliasNodes` nodes to a file beyond those written in it.
/// - **Nodes.** Yams keeps about 130 bytes per node, so a 64 MiB file of `[1,1,1,…` (32 million
///   nodes) would take 4 GB. A file may hold at most `maximumNodes` nodes, aliases expanded: real
///   manifests spend 15–30 bytes per node, so a 64 MiB file of them holds 2–4 million.
///
/// Syntax errors are left to Yams, which reports them with their line and column; the checks
/// cover every event before the error, which is all Yams composes.
enum YAMLShape {
    /// Deepest nesting of collections (sequences and mappings) in a document.
    static let maximumDepth = 256
    /// Most nodes aliases may add to one file once expanded.
    static let maximumAliasNodes = 1_000_000
    /// Most nodes one file may hold, aliases expanded.
    static let maximumNodes = 8_000_000

    static func check(_ text: String, file: String) throws(ScenarioError) {
        var bytes = Array(text.utf8)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) != 0 else { return }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        var failure: ScenarioError?
        bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            failure = walk(&parser, file: file)
        }
        if let failure { throw failure }
    }

    /// Reads every event; returns the first limit broken, nil when none is (or at a syntax error).
    private static func walk(_ parser: inout yaml_parser_t, file: String) -> ScenarioError? {
        // Open collections: their anchor and the expanded node count when they started.
        var open: [(anchor: String?, startedAt: Int)] = []
        var anchorSizes: [String: Int] = [:]
        var written = 0
        var expanded = 0
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) != 0 else { return nil }
            defer { yaml_event_delete(&event) }
            let mark = event.start_mark
            func failure(_ reason: String) -> ScenarioError {
                ScenarioError(file: file, at: .position(line: mark.line + 1, column: mark.column + 1), reason: reason)
            }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_SCALAR_EVENT:
                written += 1
                expanded += 1
                if let anchor = string(event.data.scalar.anchor) { anchorSizes[anchor] = 1 }
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                guard open.count < maximumDepth else {
                    return failure("nested more than \(maximumDepth) levels deep, the limit for YAML and JSON documents")
                }
                written += 1
                expanded += 1
                let anchor =
                    event.type == YAML_SEQUENCE_START_EVENT
                    ? string(event.data.sequence_start.anchor) : string(event.data.mapping_start.anchor)
                open.append((anchor, expanded))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let collection = open.popLast() else { return nil }
                // The collection itself (counted when it started) and everything added since.
                if let anchor = collection.anchor { anchorSizes[anchor] = expanded - collection.startedAt + 1 }
            case YAML_ALIAS_EVENT:
                // An undefined alias is Yams' error to report; it counts as one node here.
                let size = string(event.data.alias.anchor).flatMap { anchorSizes[$0] } ?? 1
                expanded += size
            default:
                break
            }
            if expanded > maximumNodes && expanded - written <= maximumAliasNodes {
                return failure("the file holds more than \(maximumNodes) YAML nodes, the limit for one file")
            }
            if expanded - written > maximumAliasNodes {
                return failure(
                    "aliases expand the file by more than \(maximumAliasNodes) nodes, the limit "
                        + "(a \"billion laughs\" document?)")
            }
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }
}
