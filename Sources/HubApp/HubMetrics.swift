import Foundation
import HubCore
import HubStore
import Metrics
import Prometheus

/// HubBot's metrics, through swift-metrics (so libraries stay backend-free),
/// exported by `/metrics` in Prometheus text format. Names and labels are
/// listed in docs/operations.md.
public enum HubMetrics {
    /// Installs the Prometheus backend for the process; call once, before the app starts.
    public static func bootstrap() -> PrometheusCollectorRegistry {
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.durationHistogramBuckets["hubbot_request_to_accept_seconds"] = [
            .seconds(10), .seconds(30), .seconds(60), .seconds(300), .seconds(900), .seconds(3600),
            .seconds(4 * 3600), .seconds(24 * 3600),
        ]
        MetricsSystem.bootstrap(factory)
        return registry
    }

    /// Counts what the hub noted while handling an event (after it was stored).
    static func record(_ notes: [HubNote]) {
        for note in notes {
            switch note {
            case .triaged(let label):
                Counter(label: "hubbot_triage_decisions_total", dimensions: [("label", label)]).increment()
            case .offer(let outcome):
                Counter(label: "hubbot_offers_total", dimensions: [("outcome", outcome)]).increment()
            case .matched(let after):
                Metrics.Timer(label: "hubbot_request_to_accept_seconds").recordNanoseconds(
                    Int64(after.components.seconds) * 1_000_000_000
                )
            }
        }
    }

    static func messageIn(_ network: ChatNetwork) {
        Counter(label: "hubbot_messages_in_total", dimensions: [("network", network.rawValue)]).increment()
    }

    static func messageOut(_ network: ChatNetwork) {
        Counter(label: "hubbot_messages_out_total", dimensions: [("network", network.rawValue)]).increment()
    }

    /// How many rooms the outbox may serve at once now (its ``SendWindow``).
    static func sendWindow(_ network: ChatNetwork, _ permits: Int) {
        Gauge(label: "hubbot_chat_send_window", dimensions: [("network", network.rawValue)]).record(permits)
    }

    /// The leader term this instance last saw, and whether it leads (1) or stands by (0).
    static func leadership(term: Int64, leading: Bool) {
        Gauge(label: "hubbot_leader_term").record(term)
        Gauge(label: "hubbot_leader").record(leading ? 1 : 0)
        if leading { Counter(label: "hubbot_leader_elections_won_total").increment() }
    }

    static func leaseRenewed() {
        Counter(label: "hubbot_leader_lease_renewals_total").increment()
    }

    static func configReload(ok: Bool) {
        Counter(label: "hubbot_config_reloads_total", dimensions: [("result", ok ? "ok" : "failed")]).increment()
    }

    /// Gauges read at scrape time: queue depths, intake lag, the oldest undelivered fault.
    static func refresh(database: any HubStorage, network: ChatNetwork, intake: IntakeHealth, now: Date) async {
        let dimensions = [("network", network.rawValue)]
        if let last = intake.lastSuccess {
            Gauge(label: "hubbot_sync_lag_seconds", dimensions: dimensions).record(now.timeIntervalSince(last))
        }
        Gauge(label: "hubbot_sync_errors", dimensions: dimensions).record(intake.failures)
        Gauge(label: "hubbot_rate_limited", dimensions: dimensions).record(intake.rateLimited)
        if let depths = try? await database.depths() {
            Gauge(label: "hubbot_inbox_depth").record(depths.inboxPending)
            Gauge(label: "hubbot_chat_outbox_depth").record(depths.outboxPending)
            Gauge(label: "hubbot_chat_outbox_failed").record(depths.outboxFailed)
        }
        if let counts = try? await database.deliveryCounts() {
            Gauge(label: "hubbot_faults_pending").record(counts.pending)
            Gauge(label: "hubbot_faults_dead").record(counts.dead)
            let age = counts.oldestPending.map { max(0, now.timeIntervalSince($0)) } ?? 0
            Gauge(label: "hubbot_oldest_undelivered_fault_seconds").record(age)
        }
    }
}
