using System.Threading.RateLimiting;
using Copywise.Analysis;
using Copywise.Documents;

namespace Copywise.Server;

/// <summary>The analysis took longer than the configured limit.</summary>
public sealed class AnalysisTimeoutException(TimeSpan limit) : Exception($"the analysis did not finish within {limit.TotalSeconds:0.###} s")
{
    /// <summary>The limit.</summary>
    public TimeSpan Limit { get; } = limit;
}

/// <summary>All analysis slots are taken and the queue is full.</summary>
public sealed class ServerBusyException() : Exception("the server is busy: too many analyses are waiting");

/// <summary>
/// Runs analyses with a bound on how many run at once (a concurrency limiter with a queue) and a time limit on each.
/// An analysis cannot be interrupted, so one that times out keeps its slot until it really ends: the bound holds.
/// </summary>
public sealed class AnalysisGate : IDisposable
{
    private readonly ConcurrencyLimiter _limiter;
    private readonly TimeSpan _timeout;

    /// <summary>Creates a gate from the service options.</summary>
    public AnalysisGate(ServerOptions options)
    {
        _timeout = options.RequestTimeout;
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.MaxConcurrentAnalyses,
            QueueLimit = options.MaxQueuedAnalyses,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>Analyses a paper.</summary>
    /// <exception cref="AnalysisTimeoutException">It took too long (waiting included).</exception>
    /// <exception cref="ServerBusyException">The queue is full.</exception>
    /// <exception cref="OperationCanceledException">The client went away.</exception>
    public async Task<AnalysisResult> AnalyzeAsync(Paper paper, CancellationToken aborted)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        deadline.CancelAfter(_timeout);
        RateLimitLease? lease;
        try
        {
            lease = await _limiter.AcquireAsync(1, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
        {
            throw new AnalysisTimeoutException(_timeout);
        }
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new ServerBusyException();
        }
        var analysis = Task.Run(() => Analyzer.Analyze(paper));
        try
        {
            return await analysis.WaitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!analysis.IsCompleted)
        {
            var held = lease;
            lease = null;
            _ = analysis.ContinueWith(static (t, l) =>
            {
                _ = t.Exception; // observed: nobody waits for it any more
                ((RateLimitLease)l!).Dispose();
            }, held, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            if (aborted.IsCancellationRequested) throw;
            throw new AnalysisTimeoutException(_timeout);
        }
        finally
        {
            lease?.Dispose();
        }
    }

    /// <summary>Analyses waiting for a slot now.</summary>
    public long Queued => _limiter.GetStatistics()?.CurrentQueuedCount ?? 0;

    /// <inheritdoc/>
    public void Dispose() => _limiter.Dispose();
}
