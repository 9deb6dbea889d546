import Foundation

/// One column per host (failover spares last, drawn empty), showing how full each host's CPU and
/// memory are: two bands of vertical bars, CPU above memory. When there are more hosts than
/// columns, each column stands for several hosts and shows their average.
public struct HostFillStrip: Sendable {
    public struct Host: Sendable, Equatable {
        /// Share of the host's plan capacity used, 0...1.
        public var cpu: Double
        public var memory: Double

        public init(cpu: Double, memory: Double) {
            self.cpu = cpu
            self.memory = memory
        }
    }

    public var hosts: [Host]
    public var spares: Int
    public var style: Style

    public init(hosts: [Host], spares: Int, style: Style) {
        self.hosts = hosts
        self.spares = spares
        self.style = style
    }

    /// Hosts per column for a strip `columns` wide.
    public func hostsPerColumn(_ columns: Int) -> Int {
        let total = hosts.count + spares
        guard columns > 0, total > columns else { return 1 }
        return (total + columns - 1) / columns
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect, glyphs: Glyphs) {
        guard area.width > 5, area.height >= 2 else { return }
        let gutter = 4
        let columns = area.width - gutter
        let legendRows = area.height >= 4 ? 2 : area.height >= 3 ? 1 : 0
        let band = max(1, (area.height - legendRows) / 2)
        let perColumn = hostsPerColumn(columns)
        let total = hosts.count + spares
        let used = (total + perColumn - 1) / perColumn
        let spacing = used * 2 <= columns ? 2 : 1
        buffer.put("cpu", x: area.x, y: area.y + band - 1, style: Style(.muted))
        buffer.put("mem", x: area.x, y: area.y + 2 * band - 1, style: Style(.muted))
        for column in 0..<used {
            let first = column * perColumn
            let members = hosts[min(first, hosts.count)..<min(first + perColumn, hosts.count)]
            let x = area.x + gutter + column * spacing
            if members.isEmpty {
                buffer.put(glyphs.spare, x: x, y: area.y + band - 1, style: Style(.muted))
                buffer.put(glyphs.spare, x: x, y: area.y + 2 * band - 1, style: Style(.muted))
                continue
            }
            let cpu = members.reduce(0) { $0 + $1.cpu } / Double(members.count)
            let memory = members.reduce(0) { $0 + $1.memory } / Double(members.count)
            paintColumn(&buffer, x: x, bottom: area.y + band - 1, height: band, fraction: cpu, glyphs: glyphs)
            paintColumn(&buffer, x: x, bottom: area.y + 2 * band - 1, height: band, fraction: memory, glyphs: glyphs)
        }
        guard legendRows > 0 else { return }
        let lines = legend(rows: legendRows, width: area.width, perColumn: perColumn, glyphs: glyphs)
        for (index, line) in lines.enumerated() {
            buffer.put(line, x: area.x, y: area.maxY - lines.count + index, style: Style(.muted), limit: area.width)
        }
    }

    /// The legend: the host count, then the average fill and the dimension that binds; on one
    /// row, both joined, shortened (`cpu 55% · mem 87%`) or just the count when that does not fit.
    func legend(rows: Int, width: Int, perColumn: Int, glyphs: Glyphs) -> [String] {
        let cpuAverage = hosts.isEmpty ? 0 : hosts.reduce(0) { $0 + $1.cpu } / Double(hosts.count)
        let memoryAverage = hosts.isEmpty ? 0 : hosts.reduce(0) { $0 + $1.memory } / Double(hosts.count)
        let dot = glyphs == .ascii ? "-" : "·"
        var count = "\(hosts.count) active"
        if spares > 0 { count += " + \(spares) spare" }
        if perColumn > 1 { count += " \(dot) 1 column = \(perColumn) hosts" }
        let averages =
            "cpu \(Readable.percent(cpuAverage.rounded(toPlaces: 2))) \(dot) mem \(Readable.percent(memoryAverage.rounded(toPlaces: 2)))"
        var fill = "avg " + averages
        if !hosts.isEmpty { fill += cpuAverage >= memoryAverage ? " \(dot) CPU binds" : " \(dot) memory binds" }
        guard rows == 1 else { return [count, fill] }
        let choices = ["\(count) \(dot) \(fill)", "\(count) \(dot) \(averages)"]
        return [choices.first { DisplayWidth.of($0) <= width } ?? count]
    }

    private func paintColumn(_ buffer: inout ScreenBuffer, x: Int, bottom: Int, height: Int, fraction: Double, glyphs: Glyphs) {
        var eighths = Int((min(max(fraction, 0), 1) * Double(height * 8)).rounded())
        if fraction > 0 { eighths = max(1, eighths) }
        for level in 0..<height {
            let part = min(8, max(0, eighths - level * 8))
            let glyph = part == 0 && level == 0 ? glyphs.vertical[0] : glyphs.vertical[part]
            buffer.put(glyph, x: x, y: bottom - level, style: style)
        }
    }
}

extension Double {
    /// Rounded to `places` decimals (for percentages in legends).
    func rounded(toPlaces places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}
