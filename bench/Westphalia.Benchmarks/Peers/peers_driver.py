# Times periods of a public peer model for `Westphalia.Benchmarks --peers` (docs/PERFORMANCE.md, "Peers side by
# side"). The peer's code runs as published; this file only calls it.
#   python3 peers_driver.py power-laws-and-wars|statesim REPOSITORY WARMUP PERIODS
# prints "ready", then answers each line "run SEED" on standard input with "ms MS_PER_PERIOD PERIODS FIRST LAST DRAWING":
# a new world from SEED, WARMUP periods untimed, then up to PERIODS periods timed, ending early when fewer than half of
# the initial states are left (or the world ends); FIRST and LAST are the states alive when the timing began and ended;
# DRAWING is the part of MS_PER_PERIOD spent drawing the map for display inside a period (0 where the peer does not).
import contextlib, os, random, sys, time, warnings

peer, repository, warmup, periods = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
warnings.simplefilter("ignore")  # numpy's overflow warnings in the peers' sigmoids
os.environ["MPLBACKEND"] = "Agg"  # the peers import matplotlib; nothing is drawn
import numpy as np

if peer == "power-laws-and-wars":
    sys.path.insert(0, os.path.join(repository, "code"))
    import warBuilder

    def alive(war):  # as War2D.finished() counts them: states that hold their capital
        return sum(1 for n, actor in war.actorDict.items() if war.npBoard[actor.capital] == n)

    def timed(seed):
        np.random.seed(seed)
        war = warBuilder.War2D(100, 50)  # the world of code/boardViewer.py: 100x100 provinces, 50 states
        while war.initStage:  # state formation: capitals expand until every province is taken (untimed)
            war.step()
        for _ in range(warmup):
            war.step()
        drawing, draw = [0.0], war.colorCodeProvinces  # step() ends by shading every province for display

        def timed_draw():
            begin = time.perf_counter()
            draw()
            drawing[0] += time.perf_counter() - begin

        war.colorCodeProvinces = timed_draw
        first = last = alive(war)
        done, start = 0, time.perf_counter()
        end = start
        try:
            while done < periods and 2 * last >= 50 and last > 1:
                war.step()
                end = time.perf_counter()
                done, last = done + 1, alive(war)
        except KeyError:  # boardViewer.py starts a new world on this error; the periods before it count
            pass
        return end - start, done, first, last, drawing[0]

elif peer == "statesim":
    sys.path.insert(0, repository)
    import yaml
    from statesim.sim import Simulation
    from statesim.system import InternationalSystem

    turns = []  # (time, states alive) at the start of each turn

    class Half(Exception):
        pass

    choose = InternationalSystem.random_state  # called once at the start of every turn of Simulation.run

    def random_state(self):
        turns.append((time.perf_counter(), len(self.world)))
        if len(turns) > warmup + 1 and 2 * len(self.world) < 98:
            raise Half()
        return choose(self)

    InternationalSystem.random_state = random_state

    def timed(seed):
        with open(os.path.join(repository, "config.yaml")) as f:
            config = yaml.safe_load(f)  # the repository's configuration: 98 states on an 8-regular graph
        config.update(seed=seed, niter=warmup + periods + 2)
        np.random.seed(seed)
        random.seed(seed)
        turns.clear()
        try:
            Simulation(config).run()  # ends early at a universal empire
        except Half:
            pass
        done = max(min(len(turns) - 1, warmup + periods) - warmup, 0)
        if not done:
            return 0.0, 0, 0, 0, 0.0
        return turns[warmup + done][0] - turns[warmup][0], done, turns[warmup][1], turns[warmup + done][1], 0.0

else:
    sys.exit(f"unknown peer '{peer}'")

print("ready", flush=True)
with open(os.devnull, "w") as devnull:
    for line in sys.stdin:
        with contextlib.redirect_stdout(devnull):  # the peers print as they go
            seconds, done, first, last, drawing = timed(int(line.split()[1]))
        per = 1e3 / done if done else 0.0
        print(f"ms {seconds * per:.6f} {done} {first} {last} {drawing * per:.6f}", flush=True)
