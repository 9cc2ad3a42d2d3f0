namespace InnovationAcademy.Notifications.Services;

/// <summary>The <c>Smtp:*</c> configuration.</summary>
internal sealed class SmtpOptions
{
    /// <summary>Empty: messages wait in the outbox until a server is configured.</summary>
    public string Host { get; set; } = "";

    public int Port { get; set; } = 25;

    public string From { get; set; } = "Innovation Academy <no-reply@academy.localhost>";

    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";

    public bool UseStartTls { get; set; }

    /// <summary>How often the worker looks for due messages.</summary>
    public double PollSeconds { get; set; } = 5;

    /// <summary>The first retry waits this long; each further one twice as long, up to an hour.</summary>
    public double RetryBaseSeconds { get; set; } = 30;

    /// <summary>After this many failures a message is left for an administrator to see.</summary>
    public int MaxAttempts { get; set; } = 12;
}
