/* { dg-options "-O1" } */
/* A function of about 100,000 statements and 1,000 asms: the check is
   linear (bench/ measures it); here it must simply finish and find the
   hazards.  */

extern int word[64];
extern int __seg_gs gs_word;

#define S(i) word[(i) & 63] = (i);
#define S10(i) S (i) S (i + 1) S (i + 2) S (i + 3) S (i + 4) S (i + 5) S (i + 6) S (i + 7) S (i + 8) S (i + 9)
#define S100(i) S10 (i) S10 (i + 10) S10 (i + 20) S10 (i + 30) S10 (i + 40) S10 (i + 50) S10 (i + 60) S10 (i + 70) S10 (i + 80) S10 (i + 90)
#define BLOCK(i) S100 (i) asm volatile ("swapgs" ::: "cc"); gs_word = (i);
#define B10(i) BLOCK (i) BLOCK (i + 100) BLOCK (i + 200) BLOCK (i + 300) BLOCK (i + 400) BLOCK (i + 500) BLOCK (i + 600) BLOCK (i + 700) BLOCK (i + 800) BLOCK (i + 900)
#define B100(i) B10 (i) B10 (i + 1000) B10 (i + 2000) B10 (i + 3000) B10 (i + 4000) B10 (i + 5000) B10 (i + 6000) B10 (i + 7000) B10 (i + 8000) B10 (i + 9000)

void huge (void)
{
  B100 (0) B100 (10000) B100 (20000) B100 (30000) B100 (40000) B100 (50000) B100 (60000) B100 (70000) B100 (80000) B100 (90000)
}
/* { dg-warning "executing 'swapgs' has no" "" { target *-*-* } 12 } */
/* { dg-message "note: the store to %gs-based" "" { target *-*-* } 12 } */
/* { dg-message "in expansion of macro" "" { target *-*-* } 0 } */
/* Each B100 expansion is a place of its own, with 100 copies of the asm;
   in the last one, whose gs_word stores early DSE removed but for the
   final one, the copies more than 1024 statements from it are not.  */
/* { dg-message "found in \[59\]9 more places of this translation unit: 'huge' .robust-huge-function.c:18." "" { target *-*-* } 12 } */
/* { dg-message "note: the fix-it for this 'asm' is on its first warning above" "" { target *-*-* } 12 } */
/* Each place's gs_word stores but the last were deleted as dead, the
   asm being no reader of memory: evidence watched from early inlining.  */
/* { dg-message "note: in this build GCC deleted the store at robust-huge-function.c:18 .pass dse." "" { target *-*-* } 12 } */
