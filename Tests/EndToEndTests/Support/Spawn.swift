#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Runs programs with `posix_spawn` + `waitpid`. Foundation.Process is not used: on Linux it can
/// hang when a child (tmux starting its server) leaves a daemon holding the output pipes.
enum Spawn {
    struct Result: CustomStringConvertible {
        /// Exit status when the program exited normally.
        var exitStatus: Int32?
        /// The signal that ended the program, if one did.
        var signal: Int32?
        var stdout: [UInt8]
        var stderr: [UInt8]
        /// True when the program outran its time limit and was killed.
        var timedOut: Bool

        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        var stderrText: String { String(decoding: stderr, as: UTF8.self) }
        var succeeded: Bool { exitStatus == 0 && !timedOut }

        var description: String {
            let how = timedOut ? "timed out" : exitStatus.map { "exit \($0)" } ?? "signal \(signal ?? -1)"
            return "\(how); stdout: \(stdoutText.debugDescription); stderr: \(stderrText.debugDescription)"
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `executable` (an absolute path) with `arguments`, in exactly `environment`, with
    /// standard input from `standardInput` (a file; /dev/null unless given) and standard output
    /// and error captured through pipes.
    /// The child is killed with SIGKILL when it runs longer than `timeout`.
    ///
    /// Reading stops as soon as the child has exited and what is already in the pipes has been
    /// drained: a daemon the child started (tmux's server) may keep the pipes open for ever.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String], standardInput: String = "/dev/null",
        timeout: Duration = .seconds(10)
    ) throws -> Result {
        var outPipe: [Int32] = [-1, -1]
        var errPipe: [Int32] = [-1, -1]
        guard makePipe(&outPipe) else { throw Failure(description: "pipe: \(errnoText())") }
        guard makePipe(&errPipe) else {
            close(outPipe[0]); close(outPipe[1])
            throw Failure(description: "pipe: \(errnoText())")
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, standardInput, O_RDONLY, 0)
        // dup2 onto 1 and 2 clears close-on-exec there; the originals close on exec.
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)

        // The test runner's signal dispositions and mask must not leak into the child (and from
        // there into tmux, the shell and briefing): every signal the tests care about starts at
        // its default, none blocked.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for sig in [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGCHLD, SIGALRM, SIGUSR1, SIGUSR2, SIGTSTP,
                    SIGTTIN, SIGTTOU, SIGWINCH] {
            sigaddset(&defaults, sig)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = CStringArray([executable] + arguments)
        let envp = CStringArray(environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
        var pid: pid_t = 0
        let spawned = withExtendedLifetime((argv, envp)) {
            posix_spawn(&pid, executable, &actions, &attributes, argv.pointers, envp.pointers)
        }
        close(outPipe[1])
        close(errPipe[1])
        guard spawned == 0 else {
            close(outPipe[0]); close(errPipe[0])
            throw Failure(description: "posix_spawn \(executable): \(String(cString: strerror(spawned)))")
        }

        let readers = [PipeReader(fd: outPipe[0]), PipeReader(fd: errPipe[0])]
        defer { for reader in readers { reader.close() } }
        let deadline = ContinuousClock.now + timeout
        var status: Int32 = 0
        var timedOut = false
        while true {
            var fds = readers.filter { !$0.atEnd }.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }
            if fds.isEmpty {
                usleep(5_000)
            } else {
                _ = poll(&fds, nfds_t(fds.count), 20)
            }
            for reader in readers { reader.drain() }
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { break }
            if waited < 0 && errno != EINTR { throw Failure(description: "waitpid: \(errnoText())") }
            if ContinuousClock.now > deadline {
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                timedOut = true
                break
            }
        }
        // Whatever the child wrote before it exited is in the pipes now.
        for reader in readers { reader.drain() }

        let exitStatus: Int32? = status & 0x7F == 0 ? (status >> 8) & 0xFF : nil
        let signal: Int32? = exitStatus == nil ? status & 0x7F : nil
        return Result(exitStatus: exitStatus, signal: signal, stdout: readers[0].bytes, stderr: readers[1].bytes,
                      timedOut: timedOut)
    }

    /// The first of `directories` (default: PATH and the usual places) holding an executable `name`.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let directories = path.split(separator: ":").map(String.init) + ["/usr/local/bin", "/usr/bin", "/bin"]
        for directory in directories where !directory.isEmpty {
            let candidate = directory + "/" + name
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// A pipe whose ends close on exec (pipe2 is not visible to Swift without _GNU_SOURCE).
    private static func makePipe(_ fds: inout [Int32]) -> Bool {
        guard pipe(&fds) == 0 else { return false }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return true
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}

/// The read end of a pipe, non-blocking, collecting everything that arrives.
private final class PipeReader {
    let fd: Int32
    private(set) var bytes: [UInt8] = []
    private(set) var atEnd = false
    private var closed = false

    init(fd: Int32) {
        self.fd = fd
        let flags = fcntl(fd, F_GETFL)
        _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
    }

    /// Reads what is available now without blocking.
    func drain() {
        guard !atEnd else { return }
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                bytes += buffer[0..<n]
            } else if n == 0 {
                atEnd = true
                return
            } else {
                if errno == EINTR { continue }
                return  // EAGAIN: nothing more for now
            }
        }
    }

    func close() {
        guard !closed else { return }
        closed = true
        #if canImport(Glibc)
        _ = Glibc.close(fd)
        #else
        _ = Darwin.close(fd)
        #endif
    }
}

/// A NULL-terminated `char *[]` that lives as long as the value.
private final class CStringArray {
    let pointers: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
    private let count: Int

    init(_ strings: [String]) {
        count = strings.count
        pointers = .allocate(capacity: strings.count + 1)
        for (i, string) in strings.enumerated() { pointers[i] = strdup(string) }
        pointers[strings.count] = nil
    }

    deinit {
        for i in 0..<count { free(pointers[i]) }
        pointers.deallocate()
    }
}
