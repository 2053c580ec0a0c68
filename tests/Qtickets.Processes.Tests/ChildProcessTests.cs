using System.ComponentModel;
using System.Globalization;

namespace Qtickets.Processes.Tests;

/// <summary>The one process runner, against real programs of the machine (sh, env, cat, sleep).</summary>
public sealed class ChildProcessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_child_gets_the_environment_and_the_working_directory_it_is_given()
    {
        var command = new ChildCommand("/bin/sh", ["-c", "echo \"$QTICKETS_PROBE\"; pwd; echo oops >&2"])
        {
            Environment = new Dictionary<string, string> { ["QTICKETS_PROBE"] = "seen" },
            WorkingDirectory = "/",
        };

        var result = await ChildProcess.RunAsync(command, TimeProvider.System, CancellationToken.None);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["seen", "/"], result.Output);
        Assert.Equal(["oops"], result.Log);
        Assert.Equal(3, result.Lines.Count);
    }

    [Fact]
    public async Task An_unset_variable_is_not_inherited_and_the_others_are()
    {
        var command = new ChildCommand("/usr/bin/env", []) { Unset = ["PATH"], Environment = new Dictionary<string, string> { ["QTICKETS_PROBE"] = "1" } };

        var result = await ChildProcess.RunAsync(command, TimeProvider.System, CancellationToken.None);

        Assert.DoesNotContain(result.Output, line => line.StartsWith("PATH=", StringComparison.Ordinal));
        Assert.Contains("QTICKETS_PROBE=1", result.Output);
        var inherited = Environment.GetEnvironmentVariables().Keys.Cast<string>().First(name => name != "PATH");
        Assert.Contains(result.Output, line => line.StartsWith(inherited + "=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Standard_input_is_closed_so_a_child_that_reads_it_does_not_wait()
    {
        using var patience = new CancellationTokenSource(Patience);

        var result = await ChildProcess.RunAsync(new ChildCommand("/bin/cat", []), TimeProvider.System, patience.Token);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Lines);
    }

    [Fact]
    public async Task Lines_of_both_streams_keep_the_order_they_arrived_in()
    {
        var command = new ChildCommand("/bin/sh", ["-c", "echo a; sleep 0.2; echo b >&2; sleep 0.2; echo c"]);

        var result = await ChildProcess.RunAsync(command, TimeProvider.System, CancellationToken.None);

        Assert.Equal(["a", "b", "c"], result.Lines);
        Assert.Equal("a\nb\nc", result.Text);
        Assert.Equal(["a", "c"], result.Output);
    }

    [Fact]
    public async Task The_exit_code_is_the_childs()
    {
        var result = await ChildProcess.RunAsync(new ChildCommand("/bin/sh", ["-c", "exit 7"]), TimeProvider.System, CancellationToken.None);

        Assert.Equal(7, result.ExitCode);
    }

    [Fact]
    public async Task A_program_that_does_not_exist_throws_at_start()
    {
        await Assert.ThrowsAsync<Win32Exception>(() =>
            ChildProcess.RunAsync(new ChildCommand("/nonexistent/qtickets-probe", []), TimeProvider.System, CancellationToken.None));
    }

    [Fact]
    public async Task Cancelling_the_wait_kills_the_child_and_its_own_children()
    {
        var child = ChildProcess.Start(new ChildCommand("/bin/sh", ["-c", "sleep 60 & echo $!; wait"]), TimeProvider.System);
        await using (child)
        {
            var grandchild = int.Parse((await child.WaitForOutputAsync(_ => true, CancellationToken.None))!, CultureInfo.InvariantCulture);
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => child.WaitAsync(cancel.Token));

            Assert.True(child.HasExited);
            Assert.True(await GoneAsync(grandchild), $"the grandchild {grandchild} still runs");
        }
    }

    [Fact]
    public async Task Terminate_sends_sigterm_and_the_child_exits_its_own_way()
    {
        var child = ChildProcess.Start(
            new ChildCommand("/bin/sh", ["-c", "trap 'echo terminated; exit 3' TERM; echo ready; while :; do sleep 0.1; done"]), TimeProvider.System);
        await using (child)
        {
            Assert.Equal("ready", await child.WaitForOutputAsync(l => l == "ready", CancellationToken.None));

            Assert.True(child.Terminate());
            using var patience = new CancellationTokenSource(Patience);
            var result = await child.WaitAsync(patience.Token);

            Assert.Equal(3, result.ExitCode);
            Assert.Equal(["ready", "terminated"], result.Output);
        }
    }

    [Fact]
    public async Task Kill_ends_the_child_with_sigkill()
    {
        var child = ChildProcess.Start(new ChildCommand("/bin/sh", ["-c", "trap '' TERM; echo ready; exec sleep 60"]), TimeProvider.System);
        await using (child)
        {
            await child.WaitForOutputAsync(l => l == "ready", CancellationToken.None);

            Assert.True(child.Kill());
            using var patience = new CancellationTokenSource(Patience);
            var result = await child.WaitAsync(patience.Token);

            Assert.Equal(128 + PosixSignals.Kill, result.ExitCode);
        }
    }

    [Fact]
    public async Task Waiting_for_a_line_finds_one_printed_before_and_gives_null_when_the_child_ends_without_it()
    {
        var child = ChildProcess.Start(new ChildCommand("/bin/sh", ["-c", "echo one; echo two >&2"]), TimeProvider.System);
        await using (child)
        {
            await child.Exited;

            Assert.Equal("one", await child.WaitForOutputAsync(l => l.StartsWith('o'), CancellationToken.None));
            Assert.Null(await child.WaitForOutputAsync(l => l == "two", CancellationToken.None));
            Assert.Equal(["two"], child.LogSoFar);
        }
    }

    [Fact]
    public async Task Disposing_a_running_child_kills_it()
    {
        var child = ChildProcess.Start(new ChildCommand("/bin/sh", ["-c", "echo $$; sleep 60"]), TimeProvider.System);
        var pid = int.Parse((await child.WaitForOutputAsync(_ => true, CancellationToken.None))!, CultureInfo.InvariantCulture);

        await child.DisposeAsync();

        Assert.True(child.HasExited);
        Assert.True(await GoneAsync(pid), $"the child {pid} still runs");
    }

    /// <summary>True once the process is gone or a zombie (killed, not yet reaped by its parent).</summary>
    private static async Task<bool> GoneAsync(int pid)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                var stat = await File.ReadAllTextAsync($"/proc/{pid}/stat");
                if (stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z'))
                {
                    return true;
                }
            }
            catch (IOException)
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
