/* More than 32 names in descriptor-types= is an error, not an overflow (names t1..t33).  */
/* { dg-options "-fplugin-arg-asmclobber-descriptor-types=t1,t2,t3,t4,t5,t6,t7,t8,t9,t10,t11,t12,t13,t14,t15,t16,t17,t18,t19,t20,t21,t22,t23,t24,t25,t26,t27,t28,t29,t30,t31,t32,t33" } */
/* { dg-error {error: too many items in '-fplugin-arg-asmclobber-descriptor-types' \(at most 32\)} "" { target *-*-* } 0 } */

int unused;
