import PlannerCore

/// The table `vplan-tui import oci` prints: one row per image (reference, platform, layers,
/// compressed MiB), then the totals with and without shared layers. MiB = bytes / 2^20. Totals
/// are summed as Double: many images of petabyte layers would overflow an Int. References and
/// platforms come from files, so every line is shown with control characters escaped.
public enum ImageSizeTable {
    public static func text(_ catalog: ImageCatalog) -> String {
        var rows: [[String]] = [["image", "platform", "layers", "MiB", "manifest"]]
        var listed = 0.0
        var distinct: [String: Int] = [:]
        var layerCount = 0
        for image in catalog.images {
            if let layers = image.layers {
                listed += Double(image.bytes)
                layerCount += layers.count
                for layer in layers { distinct[layer.digest] = layer.bytes }
                rows.append([
                    image.reference, image.platform ?? "-", "\(layers.count)", mib(image.bytes), kind(image.mediaType),
                ])
            } else {
                rows.append([
                    image.reference, image.platform ?? "-", "?", "?", "index; manifest \(image.missingManifest ?? "?") not given",
                ])
            }
        }
        rows = rows.map { $0.map(TerminalText.escaped) }
        let widths = (0..<5).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = rows.map { row in
            row.enumerated().map { column, cell in
                column == 4 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count + 2)
            }.joined()
        }
        let distinctBytes = distinct.values.reduce(0.0) { $0 + Double($1) }
        lines.append(
            "\(catalog.images.count) image\(catalog.images.count == 1 ? "" : "s"), \(layerCount) layers: "
                + "\(mib(listed)) MiB listed, \(mib(distinctBytes)) MiB in \(distinct.count) distinct layers "
                + "(\(mib(listed - distinctBytes)) MiB shared)")
        return lines.map(TerminalText.escaped).joined(separator: "\n")
    }

    static func mib(_ bytes: Int) -> String { mib(Double(bytes)) }

    static func mib(_ bytes: Double) -> String { Format.trimmed(bytes / 1_048_576, decimals: 1) }

    static func kind(_ mediaType: String) -> String {
        switch mediaType {
        case "application/vnd.docker.distribution.manifest.v2+json": return "docker v2 schema 2"
        case "application/vnd.docker.distribution.manifest.list.v2+json": return "docker manifest list"
        case "application/vnd.oci.image.index.v1+json": return "oci index"
        default: return "oci manifest"
        }
    }
}
