/// How hosts are paid for (`host.billing`).
///
/// - `monthly` (the default, today's behaviour): owned or reserved hosts. The peak hour's hosts
///   are paid all month, whatever the other hours need.
/// - `hourly`: an autoscaled cloud cluster (cluster autoscaler, Karpenter). Each hour pays for the
///   hosts that hour needs, so a plan whose instances follow the traffic (functions, or containers
///   under `container.autoscale`) pays less at night.
public enum HostBilling: String, Sendable, Equatable, Codable, CaseIterable {
    case monthly
    case hourly
}
