import Foundation

/// Expected cold starts of one function with a fixed keep-alive, for Poisson arrivals (below) or
/// any `burstiness` (the renewal `ArrivalProcess`; see `renewalColdStartsPerSecond` and
/// docs/coldstarts.md, which also holds the accuracy table against the simulation).
///
/// The policy modelled (docs/model.md, "Functions: concurrency and cold starts"): requests arrive
/// as a Poisson process of rate λ (average requests/s) and hold a slot for s seconds (request
/// seconds); an instance has c slots (concurrency per instance); each request goes to the oldest
/// warm instance with a free slot (providers pack warm instances), a new instance starts cold when
/// none has one, and an instance idle for longer than the keep-alive K is stopped.
///
/// The number of requests in progress, N, is the M/G/∞ occupancy: Poisson with mean a = λs
/// whatever the distribution of s. With packing, instance j is busy exactly when N ≥ L_j, where
/// L_j = (j−1)c + 1 is the level its first slot serves. Instance j starts a busy spell at each
/// up-crossing of N to L_j (rate u_j = λ·P(N = L_j − 1), by PASTA), and that start is cold when
/// the excursion of N below L_j that preceded it lasted longer than K. Excursions below L_j
/// happen u_j times per second and cover P(N < L_j) of the time, so they last P(N < L_j)/u_j on
/// average; taking them as exponential:
///
///     cold starts per second = Σ_j u_j · exp(−K · u_j / P(N < L_j))
///
/// For a single instance with short requests this is λ·e^(−λK). With several slots per instance
/// (up to 2,000 requests in progress) the excursion law comes from Naus's scan statistic instead
/// (`scanColdStartsPerSecond`); one slot per instance keeps the form above, whose results are
/// unchanged. The tests compare the model with a seeded discrete-event simulation of the same
/// policy (`FunctionSimulation`).
public struct ColdStartModel: Sendable, Hashable {
    /// Expected cold starts per hour.
    public var coldStartsPerHour: Double
    /// Fraction of requests that start cold.
    public var coldFraction: Double

    public init(
        requestsPerSecond rate: Double, requestSeconds: Double, keepAliveSeconds: Double, concurrencyPerInstance: Int,
        burstiness: Double = 1
    ) {
        guard rate > 0, rate.isFinite, requestSeconds >= 0, requestSeconds.isFinite, keepAliveSeconds >= 0 else {
            coldStartsPerHour = 0
            coldFraction = 0
            return
        }
        let slots = max(1, concurrencyPerInstance)
        let process = ArrivalProcess(rate: rate, burstiness: burstiness)
        let perSecond: Double
        if process.isPoisson && rate * requestSeconds > 1e6 {
            // Huge loads: the Poisson law is normal to within 10⁻³; cap the work at 2,000 levels.
            perSecond = ColdStartModel.normalColdStartsPerSecond(process, requestSeconds, keepAliveSeconds, slots)
        } else if process.isPoisson && slots > 1 && rate * requestSeconds <= 2000 {
            perSecond = ColdStartModel.scanColdStartsPerSecond(rate, requestSeconds, keepAliveSeconds, slots)
        } else if process.isPoisson {
            perSecond = ColdStartModel.poissonColdStartsPerSecond(rate, requestSeconds, keepAliveSeconds, slots)
        } else {
            perSecond = ColdStartModel.renewalColdStartsPerSecond(process, requestSeconds, keepAliveSeconds, slots)
        }
        coldStartsPerHour = perSecond * 3600
        coldFraction = min(1, perSecond / rate)
    }

    /// The Poisson model above: Σⱼ uⱼ·exp(−K·uⱼ/P(N < Lⱼ)).
    static func poissonColdStartsPerSecond(
        _ rate: Double, _ requestSeconds: Double, _ keepAliveSeconds: Double, _ slots: Int
    )
        -> Double
    {
        let load = rate * requestSeconds
        // Levels far from the mean carry no probability: look only within the mean ± 40 standard
        // deviations (and always from level 1 for small loads).
        let spread = 40 * load.squareRoot() + 60
        let lowestLevel = max(1, Int(max(0, load - spread)))
        let highestLevel = Int(min(load + spread, 1e15))
        // First instance level at or above the window start: L_j = (j−1)c + 1.
        var level = lowestLevel <= 1 ? 1 : ((lowestLevel - 1 + slots - 1) / slots) * slots + 1
        var perSecond = 0.0
        // P(N = n) in log space (no underflow for large loads), P(N ≤ n) summed from the window start.
        var belowLevel = 0.0
        var nextToAdd = max(0, lowestLevel - 1)
        while level <= highestLevel {
            while nextToAdd <= level - 1 {
                belowLevel += Foundation.exp(ColdStartModel.poissonLog(nextToAdd, load))
                nextToAdd += 1
            }
            let upCrossings = rate * Foundation.exp(ColdStartModel.poissonLog(level - 1, load))
            if upCrossings > 0 && belowLevel > 0 {
                perSecond += upCrossings * Foundation.exp(-keepAliveSeconds * upCrossings / min(1, belowLevel))
            }
            level += slots
        }
        return perSecond
    }

    /// log P(N = n) for N ~ Poisson(load).
    static func poissonLog(_ n: Int, _ load: Double) -> Double {
        if load == 0 { return n == 0 ? 0 : -.infinity }
        return -load + Double(n) * Foundation.log(load) - lgamma(Double(n) + 1)
    }
}

/// Cold starts when arrivals are not Poisson (burstiness c ≠ 1; docs/coldstarts.md, "Cold starts
/// under burstiness"). The frame is the Poisson model's: instance j serves level Lⱼ = (j−1)c + 1 and
/// starts cold at an up-crossing of N to Lⱼ that ends an excursion below Lⱼ longer than K, so
///
///     cold starts per second = Σⱼ uⱼ · P(excursion below Lⱼ > K),   uⱼ = λ·P⁰(N = Lⱼ − 1)
///
/// with P⁰ the law of N seen by an arriving request (`Occupancy.palm`; arrivals no longer see time
/// averages). What changes is the excursion:
///
/// - Bursty (H2 as ON/OFF): an excursion ends at an arrival, and arrivals only come while ON, where
///   each ends the excursion at hazard h = Λ·P(N = L − 1, ON)/P(N < L, ON). The excursion survives K
///   with probability w·exp(G·K)·1, G = [[−α − h, α], [β, −β]] (ON row first), w the chance of being
///   ON when it starts (at a departure, given the count then). Long OFF periods, which are long
///   gaps, give the heavy tail; for the lowest level this is exactly P(gap > s + K)/P(gap > s).
/// - Smooth (gamma gaps): the excursion starts with the rest of the gap in progress (age A = s at
///   the lowest level, where it is exact, about s/L above) and goes on for a geometric number of
///   gaps, each arrival ending it with q = P⁰(N = L − 1)/P⁰(N < L):
///   P(> K) = Σ_g q(1 − q)^(g−1)·P(S_g > K + A)/P(gap > A), S_g ~ Gamma(gk, kλ); beyond 400 mean
///   gaps the sum is the exponential e^(−qλK) (Rényi's limit of geometric sums).
extension ColdStartModel {
    static func renewalColdStartsPerSecond(
        _ process: ArrivalProcess, _ requestSeconds: Double, _ keepAliveSeconds: Double, _ slots: Int
    ) -> Double {
        if process.rate * requestSeconds > Occupancy.normalLoad {
            return normalColdStartsPerSecond(process, requestSeconds, keepAliveSeconds, slots)
        }
        let occupancy = Occupancy(process: process, requestSeconds: requestSeconds)
        let count = occupancy.stationary.count
        // Above 2,000 instance levels in the window, every stride-th stands for its neighbours.
        let stride = max(1, (count / slots) / 2000)
        var below = 0.0
        var belowOn = 0.0
        var palmBelow = 0.0
        var perSecond = 0.0
        for index in 0..<count {
            below += occupancy.stationary[index]
            belowOn += occupancy.stationaryOn[index]
            palmBelow += occupancy.palm[index]
            let level = occupancy.lowest + index + 1
            guard (level - 1) % (slots * stride) == 0 else { continue }
            let upCrossings = process.rate * occupancy.palm[index]
            guard upCrossings > 1e-300, below > 0 else { continue }
            let survival: Double
            if process.isBursty {
                let hazard = process.onOff.onRate * occupancy.stationaryOn[index] / max(belowOn, 1e-300)
                survival = onOffSurvival(
                    process, hazard: hazard, startOn: occupancy.onAtDeparture[index], seconds: keepAliveSeconds)
            } else {
                let endsIt = min(1, occupancy.palm[index] / max(palmBelow, 1e-300))
                let age = level == 1 ? requestSeconds : requestSeconds / Double(level)
                survival = gammaExcursionSurvival(process, endsIt: endsIt, age: age, seconds: keepAliveSeconds)
            }
            perSecond += Double(stride) * upCrossings * survival
        }
        return perSecond
    }

    /// Huge loads (N normal with the exact variance, seen alike by arrivals and in time): at most
    /// 2,000 instance levels within 12 deviations, each standing for its neighbours; exponential
    /// excursions (ON/OFF ones when bursty).
    static func normalColdStartsPerSecond(
        _ process: ArrivalProcess, _ requestSeconds: Double, _ keepAliveSeconds: Double, _ slots: Int
    ) -> Double {
        let load = process.rate * requestSeconds
        let deviation = process.countVariance(requestSeconds).squareRoot()
        let first = max(1, Int(load - 12 * deviation))
        let firstLevel = ((first - 1 + slots - 1) / slots) * slots + 1
        let levels = Int(24 * deviation) / slots + 1
        let stride = max(1, levels / 2000)
        var perSecond = 0.0
        var level = firstLevel
        while Double(level) <= load + 12 * deviation {
            let z = (Double(level - 1) - load) / deviation
            let density = Foundation.exp(-z * z / 2) / (deviation * (2 * Double.pi).squareRoot())
            let below = 0.5 * erfc(-(z + 0.5 / deviation) / 2.0.squareRoot())
            let upCrossings = process.rate * density
            let survival =
                process.isBursty
                ? onOffSurvival(
                    process, hazard: process.onOff.onRate * density / below, startOn: process.onFraction,
                    seconds: keepAliveSeconds)
                : Foundation.exp(-keepAliveSeconds * upCrossings / below)
            perSecond += Double(stride) * upCrossings * survival
            level += slots * stride
        }
        return perSecond
    }

    /// w·exp(G·t)·1 for G = [[−α − h, α], [β, −β]]: the chance an excursion that starts ON with
    /// probability w has not ended after t seconds. G's eigenvalues l₁ > l₂ are real (negative), and
    /// exp(Gt) = (e^(l₁t)(G − l₂I) − e^(l₂t)(G − l₁I))/(l₁ − l₂).
    static func onOffSurvival(_ process: ArrivalProcess, hazard: Double, startOn: Double, seconds: Double) -> Double {
        let (_, alpha, beta) = process.onOff
        let g11 = -alpha - hazard
        let g22 = -beta
        let half = (g11 + g22) / 2
        let gap = max(half * half - (g11 * g22 - alpha * beta), 0).squareRoot()
        let (l1, l2) = (half + gap, half - gap)
        let (e1, e2) = (Foundation.exp(l1 * seconds), Foundation.exp(l2 * seconds))
        guard gap > 1e-300 else { return e1 }
        let fromOn = (e1 * (g11 - l2 + alpha) - e2 * (g11 - l1 + alpha)) / (l1 - l2)
        let fromOff = (e1 * (beta + g22 - l2) - e2 * (beta + g22 - l1)) / (l1 - l2)
        return min(1, max(0, startOn * fromOn + (1 - startOn) * fromOff))
    }

    /// P(residual of a gap aged A + a geometric number of further gaps > t) for gamma gaps.
    static func gammaExcursionSurvival(_ process: ArrivalProcess, endsIt q: Double, age: Double, seconds: Double) -> Double {
        let shape = process.gammaShape
        let theta = shape * process.rate
        let span = seconds + age
        let meanGaps = process.rate * span
        if meanGaps > 100 { return Foundation.exp(-q * process.rate * seconds) }
        let agedSurvival = IncompleteGamma.upper(shape, theta * age)
        guard agedSurvival > 0 else { return 0 }
        let deviation = (meanGaps * process.burstiness * process.burstiness).squareRoot()
        let first = max(1, Int(meanGaps - 8 * deviation - 5))
        let last = Int(meanGaps + 8 * deviation + 5)
        var weight = q * Foundation.pow(1 - q, Double(first - 1))
        var total = 0.0
        var gaps = first
        while gaps <= last && weight > 1e-300 {
            total += weight * IncompleteGamma.upper(Double(gaps) * shape, theta * span)
            weight *= 1 - q
            gaps += 1
        }
        // Past `last` gaps the sum exceeds the span almost surely: Σ q(1 − q)^(g−1) = (1 − q)^last.
        if q > 0 { total += weight / q }
        return min(1, total / agedSurvival)
    }
}

/// Poisson arrivals with several slots per instance: instance j is lost when N stays below Lⱼ for
/// longer than K, so its cold starts per second are −dΦ/dK, Φ(K) = P(no s-window within a stretch
/// of K + s holds Lⱼ arrivals), a scan statistic. Naus's (1982) approximation
/// Φ ≈ Q₂·(Q₃/Q₂)^((K+s)/s − 2), with Q₂, Q₃ his closed forms for stretches of 2s and 3s, gives
///
///     cold starts per second at Lⱼ = Q₂·h·e^(−h(K−s)),   h = ln(Q₂/Q₃)/s,   for K ≥ s,
///
/// and below one request time ln Φ is the cubic through (0, ln P(N < L)) with slope −u/P(N < L)
/// and (s, ln Q₂) with slope −h. Unlike the exponential-excursion form it counts a burst of quick
/// re-crossings of a level as one excursion, which matters with several slots per instance (their
/// levels sit in the tail); one slot per instance keeps the form above (docs/coldstarts.md).
extension ColdStartModel {
    static func scanColdStartsPerSecond(
        _ rate: Double, _ requestSeconds: Double, _ keepAliveSeconds: Double, _ slots: Int
    )
        -> Double
    {
        let scan = NausScan(perWindow: rate * requestSeconds)
        var perSecond = 0.0
        var level = 1
        if scan.lowest > 1 { level = ((scan.lowest - 1 + slots - 1) / slots) * slots + 1 }
        while level <= scan.highest + 1 {
            perSecond += scan.coldStartsPerSecond(level: level, rate: rate, seconds: requestSeconds, keepAlive: keepAliveSeconds)
            level += slots
        }
        return perSecond
    }
}

/// Naus's Q₂ and Q₃ for Poisson points with ψ per window (Glaz, Naus and Wallenstein, "Scan
/// Statistics", 2001, §2.3), from the Poisson probabilities p(i) and distribution F(i) kept over
/// ψ ± 14 deviations.
struct NausScan {
    let psi: Double
    let lowest: Int
    let highest: Int
    private var pmf: [Double] = []
    private var cdf: [Double] = []

    init(perWindow psi: Double) {
        self.psi = psi
        let deviation = psi.squareRoot()
        lowest = max(0, Int(psi - 14 * deviation - 40))
        highest = Int(psi + 14 * deviation + 40)
        var cumulative = 0.0
        for i in lowest...(2 * highest + 2) {
            let probability = i > highest ? 0 : Foundation.exp(ColdStartModel.poissonLog(i, psi))
            cumulative += probability
            pmf.append(probability)
            cdf.append(cumulative)
        }
    }

    func p(_ i: Int) -> Double { i < lowest || i - lowest >= pmf.count ? 0 : pmf[i - lowest] }
    func cdfAt(_ i: Int) -> Double { i < lowest ? 0 : (i - lowest >= cdf.count ? 1 : cdf[i - lowest]) }

    func q2(_ k: Int) -> Double {
        let kd = Double(k)
        return cdfAt(k - 1) * cdfAt(k - 1) - (kd - 1) * p(k) * p(k - 2) - (kd - 1 - psi) * p(k) * cdfAt(k - 3)
    }

    func q3(_ k: Int) -> Double {
        let kd = Double(k)
        let a1 = 2 * p(k) * cdfAt(k - 1) * ((kd - 1) * cdfAt(k - 2) - psi * cdfAt(k - 3))
        let a2 =
            0.5 * p(k) * p(k)
            * ((kd - 1) * (kd - 2) * cdfAt(k - 3) - 2 * (kd - 2) * psi * cdfAt(k - 4) + psi * psi * cdfAt(k - 5))
        var a3 = 0.0
        var a4 = 0.0
        // p(2k − r) vanishes outside the kept range: r ≥ 2k − highest.
        let first = max(1, lowest - 2, 2 * k - highest)
        if first <= k - 1 {
            for r in first...(k - 1) {
                let far = p(2 * k - r)
                a3 += far * cdfAt(r - 1) * cdfAt(r - 1)
                if r >= 2 { a4 += far * p(r) * (Double(r - 1) * cdfAt(r - 2) - psi * cdfAt(r - 3)) }
            }
        }
        return cdfAt(k - 1) * cdfAt(k - 1) * cdfAt(k - 1) - a1 + a2 + a3 - a4
    }

    /// −dΦ/dK at level k (see `ColdStartModel.scanColdStartsPerSecond`).
    func coldStartsPerSecond(level k: Int, rate: Double, seconds s: Double, keepAlive: Double) -> Double {
        let below = cdfAt(k - 1)
        let (twoWindows, threeWindows) = (q2(k), q3(k))
        guard below > 0, twoWindows > 0, threeWindows > 0, threeWindows < twoWindows else { return 0 }
        let hazard = Foundation.log(twoWindows / threeWindows) / s
        if keepAlive >= s { return twoWindows * hazard * Foundation.exp(-hazard * (keepAlive - s)) }
        let upCrossings = rate * p(k - 1)
        let (y0, y1) = (Foundation.log(below), Foundation.log(twoWindows))
        let (d0, d1) = (-upCrossings / below * s, -hazard * s)
        let t = keepAlive / s
        let (t2, t3) = (t * t, t * t * t)
        let logPhi = (2 * t3 - 3 * t2 + 1) * y0 + (t3 - 2 * t2 + t) * d0 + (-2 * t3 + 3 * t2) * y1 + (t3 - t2) * d1
        let slope = ((6 * t2 - 6 * t) * y0 + (3 * t2 - 4 * t + 1) * d0 + (-6 * t2 + 6 * t) * y1 + (3 * t2 - 2 * t) * d1) / s
        return max(0, -Foundation.exp(logPhi) * slope)
    }
}
