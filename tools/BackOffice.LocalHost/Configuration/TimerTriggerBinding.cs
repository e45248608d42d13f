using BackOffice.LocalHost.Timers;

namespace BackOffice.LocalHost.Configuration;

public sealed record TimerTriggerBinding(string Name, TimerSchedule Schedule, bool RunOnStartup) : TriggerBinding(Name)
{
    public override string Type => "timerTrigger";
}
