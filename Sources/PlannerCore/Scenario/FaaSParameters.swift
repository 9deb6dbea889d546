/// Parameters of the serverless (function-as-a-service) model: cold starts, keep-alive, how many
/// requests one instance serves at once, and the provider's prices.
public struct FaaSParameters: Sendable, Equatable, Decodable {
    /// Cold start of a minimal function, in seconds. Default 0.264 (AWS Lambda, JavaScript,
    /// median; mikhail.io cold-start dataset).
    public var coldStartSeconds: Double
    /// Extra cold start per MiB of function package (the sum of its layers), in seconds.
    /// Default 0.0000048: AWS container-image functions load lazily, so +5 GB (4,768 MiB) added
    /// 0.023 s (0.795 → 0.818 s, mikhail.io dataset). Zip packages grow about 0.1 s per MB.
    public var coldStartSecondsPerMiB: Double
    /// Memory of the function runtime per instance (the microVM monitor), in MiB. Default 5
    /// (Firecracker specification).
    public var instanceOverheadMiB: Double
    /// Seconds an idle instance is kept warm. Default 600 (AWS Lambda's fixed 10 minutes).
    public var keepAliveSeconds: Double
    /// Requests one instance serves at once. Default 1 (AWS Lambda).
    public var concurrencyPerInstance: Int
    /// Price per GB-second of configured memory. Default 0.0000166667 (AWS Lambda x86 list price).
    public var pricePerGBSecond: Double
    /// Price per million requests. Default 0.2 (AWS Lambda list price).
    public var pricePerMillionRequests: Double
    /// Function instances one host cold-starts at the same time. Default 32.
    public var parallelStartsPerHost: Int
    /// The least memory the provider bills a function for, in MiB. Default 128 (AWS Lambda).
    public var minMemoryMiB: Double = 128
    /// The most memory a function may be configured with, in MiB. Default 10,240 (AWS Lambda).
    public var maxMemoryMiB: Double = 10_240
    /// Configured memory that buys one vCPU (CPU is given in proportion to memory), in MiB.
    /// Default 1,769 (AWS Lambda).
    public var mibPerVcpu: Double = 1_769
    /// The largest function image, in MiB. Default 10,240 (AWS Lambda's 10 GB container images).
    public var maxImageMiB: Double = 10_240
    /// The most ephemeral storage (`/tmp`) a function may be configured with, in MiB. Default
    /// 10,240 (AWS Lambda: 512 to 10,240 MB).
    public var maxEphemeralStorageMiB: Double = 10_240
    /// The longest one request may run, in seconds. Default 900 (AWS Lambda's 15 minutes).
    public var maxRequestSeconds: Double = 900
    /// Requests a month the provider does not bill. Default 0, so list prices are the default
    /// (AWS Lambda's free tier is 1,000,000).
    public var freeRequestsPerMonth: Double = 0
    /// GB-seconds a month the provider does not bill. Default 0 (AWS Lambda's free tier: 400,000).
    public var freeGBSecondsPerMonth: Double = 0
    /// Requests one self-hosted function instance (a Knative revision's pod, the mixed plan's
    /// functions) serves at once: Knative's `containerConcurrency`. 0, the default, as in Knative
    /// means no fixed limit; vplan then takes what one container replica carries, the workload's
    /// `concurrencyPerReplica`, as the autoscaler's target.
    public var selfHostedConcurrency: Int = 0
    /// The quantile of concurrent requests that function instances and autoscaled replicas are
    /// sized for at each hour. Default 0.99.
    public var concurrencyPercentile: Double = 0.99

    public init(
        coldStartSeconds: Double = 0.264, coldStartSecondsPerMiB: Double = 0.0000048, instanceOverheadMiB: Double = 5,
        keepAliveSeconds: Double = 600, concurrencyPerInstance: Int = 1, pricePerGBSecond: Double = 0.0000166667,
        pricePerMillionRequests: Double = 0.2, parallelStartsPerHost: Int = 32
    ) {
        self.coldStartSeconds = coldStartSeconds
        self.coldStartSecondsPerMiB = coldStartSecondsPerMiB
        self.instanceOverheadMiB = instanceOverheadMiB
        self.keepAliveSeconds = keepAliveSeconds
        self.concurrencyPerInstance = concurrencyPerInstance
        self.pricePerGBSecond = pricePerGBSecond
        self.pricePerMillionRequests = pricePerMillionRequests
        self.parallelStartsPerHost = parallelStartsPerHost
    }
}
