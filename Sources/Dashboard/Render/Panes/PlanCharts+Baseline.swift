import PlannerCore

/// The charts against a pinned baseline (`b`): beside each bar the number in its short form, then
/// the change from the baseline's plan of the same model (`4 ≥4 +2 hosts`, `$2,248/mo −$380/mo`).
/// Without a baseline, or before its plans are there, the charts read as they always do.
extension PlanCharts {
    /// The text beside a plan's bar: the usual text, or with a baseline the short number and the
    /// change. The compact table's narrow columns keep the number and the change for hosts and
    /// cost (`6 ≥6 +2`, `$3,373 +$1,124`) and show just the change for memory, rollout and ready
    /// time (`▒+540 MiB`: the overhead); an unchanged plan shows its number.
    static func barText(_ quantity: Quantity, _ plan: Plan, state: DashboardState, wide: Bool, glyphs: Glyphs) -> String {
        let currency = state.scenario.currency
        guard let baseline = state.baseline, baseline.plans != nil else {
            return text(quantity, plan, wide: wide, glyphs: glyphs, currency: currency)
        }
        let short = shortText(quantity, plan, wide: wide, glyphs: glyphs, currency: currency)
        guard let base = baseline.plan(plan.model),
            let change = delta(quantity, plan, from: base, wide: wide, glyphs: glyphs, currency: currency)
        else { return short }
        guard !wide else { return short + " " + change }
        switch quantity {
        case .hosts: return (PlanReading.hostsAreProviders(plan) ? Readable.count(plan.hosts) : short) + " " + change
        case .cost: return short + " " + change
        case .memory, .transfer, .ready: return change
        }
    }

    /// The number alone: `4 ≥4` (faas: `10, 4 billed`), `85.7 GiB`, `9 GiB`, `2.13 min`,
    /// `$2,248/mo` (compact: `$2,248`, the column's title says per month).
    static func shortText(_ quantity: Quantity, _ plan: Plan, wide: Bool, glyphs: Glyphs, currency: String) -> String {
        switch quantity {
        case .hosts, .ready:
            return text(quantity, plan, wide: false, glyphs: glyphs, currency: currency)
        case .memory:
            return Readable.mib(plan.memory.workloadMiB + plan.memory.overheadMiB)
        case .transfer:
            return Readable.mib(plan.transfer.rolloutMiB)
        case .cost:
            let amount = costText(plan, wide: false, currency: currency)
            return wide || !amount.hasSuffix("/mo") ? amount : String(amount.dropLast(3))
        }
    }

    /// The change of one quantity from the baseline's plan; nil when it reads as zero. Hosts: all
    /// hosts with spares; memory: the overhead; rollout: the bytes pulled (the bar's length);
    /// ready: the time; cost: per month (none when either cost leaves functions unpriced). The
    /// compact table leaves out the units its column titles give (`+2` hosts, `−$380` a month) and
    /// marks the overhead with its legend's shade (`▒+540 MiB`).
    static func delta(
        _ quantity: Quantity, _ plan: Plan, from base: Plan, wide: Bool, glyphs: Glyphs, currency: String
    ) -> String? {
        switch quantity {
        case .hosts:
            let change = plan.hosts - base.hosts
            guard change != 0 else { return nil }
            return wide ? Delta.hosts(change) : Delta.signed(Readable.count(abs(change)), negative: change < 0)
        case .memory:
            return Delta.mib(plan.memory.overheadMiB - base.memory.overheadMiB).map { wide ? $0 + " ovh" : glyphs.shade + $0 }
        case .transfer:
            return Delta.mib(plan.transfer.rolloutMiB - base.transfer.rolloutMiB)
        case .ready:
            return Delta.seconds(plan.boot.readySeconds - base.boot.readySeconds)
        case .cost:
            guard plan.cost.note == nil && base.cost.note == nil else { return nil }
            return Delta.money(plan.cost.perMonth - base.cost.perMonth, currency: currency, perMonth: wide)
        }
    }
}
