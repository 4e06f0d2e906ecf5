/*
 * Q-learning on a GridMaze's transition tables in C, for bench/c-maze.ts: the same loop as the
 * fused kernel (src/train/fused/kernel.ts), with the same Alea generator in doubles, so a short
 * run gives the same episodes and Q table as the JS and a long one measures what the loop costs
 * without a JavaScript engine.
 *
 * Input (argv[1]): "nStates start maxEpisodeSteps steps epsilon alpha gamma s0 s1 s2 c", then
 * 4·nStates next cells, 4·nStates rewards and 4·nStates outcomes (0 move, 1 goal, 2 cliff).
 * Output: "steps_per_s episodes return_sum q_sum" on one line.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double s0, s1, s2, c;

/* seedrandom's Alea next(): t = 2091639·s0 + c·2^-32; shift; s2 = t − (c = t | 0) */
static inline double alea(void) {
  double t = 2091639.0 * s0 + c * 2.3283064365386963e-10;
  s0 = s1;
  s1 = s2;
  c = (double)(int32_t)t;
  s2 = t - c;
  return s2;
}

int main(int argc, char **argv) {
  if (argc < 2) return 2;
  FILE *f = fopen(argv[1], "r");
  if (!f) return 2;
  int nStates, start, maxEpisodeSteps;
  long long steps;
  double eps, alpha, gamma;
  if (fscanf(f, "%d %d %d %lld %lf %lf %lf %lf %lf %lf %lf", &nStates, &start, &maxEpisodeSteps, &steps,
             &eps, &alpha, &gamma, &s0, &s1, &s2, &c) != 11)
    return 2;
  int n = nStates * 4;
  int *next = malloc(sizeof(int) * n);
  double *reward = malloc(sizeof(double) * n);
  unsigned char *outcome = malloc(n);
  double *q = calloc(n, sizeof(double));
  for (int i = 0; i < n; i++)
    if (fscanf(f, "%d", &next[i]) != 1) return 2;
  for (int i = 0; i < n; i++)
    if (fscanf(f, "%lf", &reward[i]) != 1) return 2;
  for (int i = 0; i < n; i++) {
    int o;
    if (fscanf(f, "%d", &o) != 1) return 2;
    outcome[i] = (unsigned char)o;
  }
  fclose(f);

  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  int s = start, elapsed = 0;
  long long episodes = 0;
  double ret = 0, retSum = 0;
  for (long long k = 0; k < steps; k++) {
    int a;
    if (alea() < eps) {
      a = (int)floor(alea() * 4);
    } else {
      /* argmax with ties broken uniformly at random, drawing only on a tie */
      int b = s * 4;
      double best = q[b];
      int ties = 1;
      a = 0;
      for (int j = 1; j < 4; j++) {
        double v = q[b + j];
        if (v > best) {
          best = v;
          a = j;
          ties = 1;
        } else if (v == best) {
          ties++;
        }
      }
      if (ties > 1) {
        int m = (int)floor(alea() * ties);
        for (int j = a; j < 4; j++)
          if (q[b + j] == best && m-- == 0) {
            a = j;
            break;
          }
      }
    }
    int i = s * 4 + a;
    int terminated = outcome[i] == 1;
    double r = reward[i];
    int s2n = next[i];
    int truncated = ++elapsed >= maxEpisodeSteps && !terminated;
    double target = r;
    if (!terminated) {
      int b2 = s2n * 4;
      double m = q[b2];
      if (q[b2 + 1] > m) m = q[b2 + 1];
      if (q[b2 + 2] > m) m = q[b2 + 2];
      if (q[b2 + 3] > m) m = q[b2 + 3];
      target = r + gamma * m;
    }
    double before = q[i];
    q[i] = before + alpha * (target - before);
    ret += r;
    s = s2n;
    if (terminated || truncated) {
      episodes++;
      retSum += ret;
      ret = 0;
      s = start;
      elapsed = 0;
    }
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  double seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
  double qSum = 0;
  for (int i = 0; i < n; i++) qSum += q[i];
  printf("%.6e %lld %.17g %.17g\n", (double)steps / seconds, episodes, retSum, qSum);
  return 0;
}
