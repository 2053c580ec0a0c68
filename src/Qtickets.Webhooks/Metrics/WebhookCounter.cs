namespace Qtickets.Webhooks.Metrics;

/// <summary>What the listener counts; the names are the keys of its <c>meta_job_runs</c> metrics.</summary>
public enum WebhookCounter
{
    /// <summary>Every POST to the webhook path.</summary>
    Received,

    /// <summary>Missing or wrong signature (401).</summary>
    Unauthorized,

    /// <summary>Body over the limit (413).</summary>
    TooLarge,

    /// <summary>Signed body that is not one JSON object (400).</summary>
    Malformed,

    /// <summary>Another model or an event type not handled (200, nothing stored).</summary>
    Ignored,

    Applied,

    Rejected,

    Refused,

    /// <summary>Calls of the applier.</summary>
    Batches,
}
